package org.spectrallab.entk;

import ai.djl.ndarray.types.DataType;

/**
 * The floating-point type a network computes in. FLOAT64 is for checks against reference
 * values (agreement to about 1e-10); FLOAT32 is faster and what networks are usually
 * trained in (agreement to about 1e-4).
 */
public enum Precision {
    /** 32-bit floats (about 7 significant digits). */
    FLOAT32,
    /** 64-bit doubles (about 16 significant digits). */
    FLOAT64;

    /** DJL's data type; a method, not a field, so that loading this enum starts no DJL code. */
    DataType dataType() {
        return this == FLOAT32 ? DataType.FLOAT32 : DataType.FLOAT64;
    }

    /** Bytes per number. */
    int bytes() {
        return this == FLOAT32 ? Float.BYTES : Double.BYTES;
    }
}
