/**
 * A local stand-in for Njalla: the JSON-RPC API and an authoritative DNS server over one
 * in-memory state, started with {@link org.njalla4j.emulator.Emulator#builder()}.
 *
 * <p>Where the real service's behaviour is known from captured traffic, the emulator
 * copies it: errors inside HTTP 200 with codes 403 "permission denied" and -32000
 * "Invalid arguments", no {@code id} in a reply to a request without one, record ids as
 * strings (numbers with {@code numericIds}), names returned relative to the zone,
 * add-record appending exact duplicates, and ACME tokens limited to the four record
 * methods, the {@code _acme-challenge} prefix and TXT.
 *
 * <p>Where it is unknown, the emulator makes these choices:
 * <ul>
 *   <li>remove-record of an id that does not exist is -32000 "Invalid arguments";</li>
 *   <li>an unknown or malformed token is 403 "permission denied";</li>
 *   <li>list-records for a token with prefix or type lists returns only the records the
 *       token may change, and list-domains and list-servers honour domain and server
 *       lists the same way;</li>
 *   <li>a TTL outside 60, 300, 900, 3600, 10800, 21600 and 86400 is rejected, and a
 *       missing TTL becomes 3600;</li>
 *   <li>a host name in record content with a dot is fully qualified, trailing dot or
 *       not, a single label is relative to the zone, and {@code @} is the zone;</li>
 *   <li>a token with domain, server, prefix or type lists may call the token methods
 *       only when its method list names them.</li>
 * </ul>
 */
package org.njalla4j.emulator;
