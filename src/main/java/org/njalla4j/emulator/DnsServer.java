package org.njalla4j.emulator;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated nameserver's sockets: one UDP socket and one TCP listener on the same
 * address and port. TCP connections carry length-prefixed messages (RFC 1035 section
 * 4.2.2) and may send several queries each.
 */
final class DnsServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DnsServer.class);

    /** Idle time after which a TCP connection is closed. */
    private static final int TCP_IDLE_MILLIS = 30_000;
    private static final int BIND_ATTEMPTS = 20;

    private final DnsResponder responder;
    private final ServerSocket tcp;
    private final DatagramSocket udp;
    private final ExecutorService workers;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    private DnsServer(DnsResponder responder, ServerSocket tcp, DatagramSocket udp) {
        this.responder = responder;
        this.tcp = tcp;
        this.udp = udp;
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "njalla-emulator-dns");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Binds UDP and TCP on {@code address} and {@code port} (0 for an ephemeral port that
     * is free for both protocols) and starts serving.
     */
    static DnsServer start(DnsResponder responder, InetAddress address, int port)
            throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < (port == 0 ? BIND_ATTEMPTS : 1); attempt++) {
            ServerSocket tcp = new ServerSocket();
            try {
                tcp.bind(new InetSocketAddress(address, port));
                DatagramSocket udp = new DatagramSocket(
                        new InetSocketAddress(address, tcp.getLocalPort()));
                DnsServer server = new DnsServer(responder, tcp, udp);
                server.workers.execute(server::serveUdp);
                server.workers.execute(server::acceptTcp);
                return server;
            } catch (BindException e) {
                tcp.close();
                last = e;
            }
        }
        throw new IOException("cannot bind DNS port " + port + " on " + address.getHostAddress()
                + " for both UDP and TCP: " + last.getMessage(), last);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(tcp.getInetAddress(), tcp.getLocalPort());
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (!udp.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
                Optional<byte[]> reply = respond(query, true);
                if (reply.isPresent()) {
                    udp.send(new DatagramPacket(reply.get(), reply.get().length,
                            packet.getSocketAddress()));
                }
            } catch (IOException e) {
                if (!udp.isClosed()) {
                    LOG.debug("UDP query failed: {}", e.toString());
                }
            }
        }
    }

    private void acceptTcp() {
        while (!tcp.isClosed()) {
            try {
                Socket socket = tcp.accept();
                workers.execute(() -> serveTcp(socket));
            } catch (IOException e) {
                if (!tcp.isClosed()) {
                    LOG.debug("TCP accept failed: {}", e.toString());
                }
            }
        }
    }

    private void serveTcp(Socket socket) {
        connections.add(socket);
        try (socket) {
            socket.setSoTimeout(TCP_IDLE_MILLIS);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            while (true) {
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                Optional<byte[]> reply = respond(query, false);
                if (reply.isEmpty()) {
                    return;
                }
                out.writeShort(reply.get().length);
                out.write(reply.get());
                out.flush();
            }
        } catch (EOFException | SocketTimeoutException e) {
            // The client closed the connection or went idle; both end it normally.
        } catch (IOException e) {
            LOG.debug("TCP connection from {} failed: {}", socket.getRemoteSocketAddress(),
                    e.toString());
        } finally {
            connections.remove(socket);
        }
    }

    private Optional<byte[]> respond(byte[] query, boolean udpLimit) {
        try {
            return responder.respond(query, udpLimit);
        } catch (RuntimeException e) {
            LOG.warn("DNS query failed with an internal error", e);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            LOG.debug("closing the DNS TCP listener failed: {}", e.toString());
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing a DNS TCP connection failed: {}", e.toString());
            }
        }
        workers.shutdownNow();
    }
}
