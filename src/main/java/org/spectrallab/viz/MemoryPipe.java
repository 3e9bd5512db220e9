package org.spectrallab.viz;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A one-way byte pipe inside one JVM, for running the viewer in the session's own process
 * (tests): what the output side flushes, the input side reads, in order. Unlike the JDK's
 * piped streams it does not care which threads write, so any thread may send.
 */
final class MemoryPipe {

    /** Marks the end of the stream. */
    private static final byte[] END = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();

    /** The writing side: bytes are passed on at each flush and at close. */
    OutputStream output() {
        return new OutputStream() {
            private byte[] buffer = new byte[8192];
            private int size;
            private boolean closed;

            @Override
            public synchronized void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (size + len > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
                }
                System.arraycopy(b, off, buffer, size, len);
                size += len;
            }

            @Override
            public synchronized void flush() {
                if (size > 0) {
                    chunks.add(Arrays.copyOf(buffer, size));
                    size = 0;
                }
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    flush();
                    closed = true;
                    chunks.add(END);
                }
            }
        };
    }

    /** The reading side: blocks until bytes arrive; -1 once the output side is closed. */
    InputStream input() {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private boolean ended;

            @Override
            public int read() throws InterruptedIOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws InterruptedIOException {
                if (len == 0) {
                    return 0;
                }
                while (!ended && position == chunk.length) {
                    try {
                        chunk = chunks.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("pipe read interrupted");
                    }
                    position = 0;
                    ended = chunk == END;
                }
                if (ended) {
                    return -1;
                }
                int n = Math.min(len, chunk.length - position);
                System.arraycopy(chunk, position, b, off, n);
                position += n;
                return n;
            }
        };
    }
}
