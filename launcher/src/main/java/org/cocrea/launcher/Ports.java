package org.cocrea.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks: a taken port is a clear message, never a server failing half-way through its start. */
public final class Ports {

    private Ports() {}

    public static boolean isFree(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return false;
        } catch (IOException connectRefused) {
            // nobody listens on loopback; make sure we can bind on all interfaces too
        }
        try (ServerSocket ss = new ServerSocket()) {
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first free port at or above {@code from}. */
    public static int firstFree(int from) {
        for (int port = from; port < from + 200 && port < 65535; port++) {
            if (isFree(port)) {
                return port;
            }
        }
        throw new LauncherException("No free port found between " + from + " and " + (from + 200));
    }

    public static void requireFree(int port, String what, String howToChange) {
        if (!isFree(port)) {
            throw new LauncherException("Port " + port + " (" + what + ") is already in use by another program. "
                    + "Stop that program or " + howToChange + ".");
        }
    }
}
