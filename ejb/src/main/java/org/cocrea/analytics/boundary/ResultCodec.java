package org.cocrea.analytics.boundary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.cocrea.analytics.evidence.EvidenceResult;

/**
 * Stores an {@link EvidenceResult} as bytes (Java serialisation, deflated) and reads it back. Reading
 * accepts only the classes a result is made of (Cocrea's own, the JDK's collections, numbers and
 * arrays), so a tampered column cannot make the server instantiate anything else.
 */
public final class ResultCodec {

    /** Classes a stored result may contain; everything else is rejected. */
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter("maxdepth=40;maxrefs=5000000;"
            + "maxbytes=268435456;maxarray=50000000;"
            + "org.cocrea.analytics.**;org.cocrea.climate.control.**;"
            + "java.lang.*;java.util.*;java.math.*;java.time.*;!*");

    private ResultCodec() {}

    public static byte[] write(EvidenceResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeObject(result);
        } catch (IOException e) {
            throw new UncheckedIOException("the result could not be serialised", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a stored result.
     *
     * @throws IllegalStateException if the bytes are not a result this version can read (e.g. stored
     *     by a version whose result classes have changed since)
     */
    public static EvidenceResult read(byte[] stored) {
        try (ObjectInputStream in = new Input(new InflaterInputStream(new ByteArrayInputStream(stored)))) {
            in.setObjectInputFilter(FILTER);
            return (EvidenceResult) in.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException(
                    "the stored result was written by another version of Cocrea and cannot be read: " + e.getMessage(),
                    e);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("the stored result cannot be read: " + e, e);
        }
    }

    /** Resolves classes with the application's class loader, whichever thread reads. */
    private static final class Input extends ObjectInputStream {
        Input(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, ResultCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
