package org.spectrallab.graph;

/**
 * How the directed "j is among i's k nearest" relation becomes an undirected graph.
 * With A_ij the weight of the directed edge i -> j (0 when j is not among i's k nearest):
 */
public enum Symmetrisation {
    /** W_ij = max(A_ij, A_ji): an edge when either point is among the other's k nearest. */
    UNION,
    /** W_ij = min(A_ij, A_ji): an edge only when each is among the other's k nearest. */
    MUTUAL,
    /** W_ij = (A_ij + A_ji) / 2: one-way edges count half. */
    AVERAGE
}
