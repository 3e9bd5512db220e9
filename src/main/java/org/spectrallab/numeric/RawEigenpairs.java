package org.spectrallab.numeric;

/**
 * Eigenvalues and eigenvectors as the numeric kernel returns them: values in the order
 * the routine produced, vectors as the columns of a row-major n x count array.
 *
 * @param values the eigenvalues
 * @param vectors column j is the eigenvector of values[j]; entry (i, j) at i * count + j
 * @param n the length of each eigenvector
 * @param count the number of eigenpairs
 */
public record RawEigenpairs(double[] values, double[] vectors, int n, int count) {
}
