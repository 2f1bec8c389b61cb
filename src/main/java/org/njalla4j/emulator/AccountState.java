package org.njalla4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the emulated account owns. This is the object written to the state file,
 * so its public fields are the file format. Families whose shape only the API uses
 * (servers, VPNs, payments, tasks) are kept as the JSON objects the API returns.
 */
final class AccountState {

    public String email = "emulator@example.com";
    /** Hex SHA-256 of the login password, or null when password login is disabled. */
    public String passwordSha256;
    /** Key of the unrestricted token the emulator prints at start. */
    public String fullAccessKey;
    public boolean deleted;
    public long nextId = 100_000;
    public int balance;
    public List<TokenState> tokens = new ArrayList<>();
    public Map<String, DomainState> domains = new TreeMap<>();
    public Map<String, ObjectNode> servers = new LinkedHashMap<>();
    public Map<String, ObjectNode> vpns = new LinkedHashMap<>();
    public Map<String, ObjectNode> payments = new LinkedHashMap<>();
    public Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    public List<ObjectNode> transactions = new ArrayList<>();

    /** Allocates the next id, unique across every kind of object in the account. */
    String nextId() {
        return Long.toString(nextId++);
    }
}
