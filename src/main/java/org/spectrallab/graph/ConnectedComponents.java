package org.spectrallab.graph;

import java.util.Arrays;
import org.spectrallab.numeric.SparseRows;

/**
 * The connected components of an undirected graph, found by breadth-first search.
 *
 * <p>Components are numbered by size, largest first (ties: the one holding the smaller
 * node index first). The number of components equals the multiplicity of eigenvalue 0 of
 * each of the graph's Laplacians.
 */
public final class ConnectedComponents {

    /** How many sizes {@link #toString} lists before counting the rest as "and N more". */
    private static final int LISTED_SIZES = 6;

    private final int[] componentOf;
    private final int[] sizes;

    private ConnectedComponents(int[] componentOf, int[] sizes) {
        this.componentOf = componentOf;
        this.sizes = sizes;
    }

    /** The components of the graph whose symmetric adjacency is {@code weights}. */
    static ConnectedComponents of(SparseRows weights) {
        int n = weights.rows();
        int[] found = new int[n];
        Arrays.fill(found, -1);
        int[] queue = new int[n];
        int count = 0;
        int[] rawSizes = new int[n];
        for (int start = 0; start < n; start++) {
            if (found[start] < 0) {
                rawSizes[count] = spread(weights, start, count, found, queue);
                count++;
            }
        }
        return renumberBySize(found, Arrays.copyOf(rawSizes, count));
    }

    private static int spread(SparseRows weights, int start, int label, int[] found, int[] queue) {
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        found[start] = label;
        while (head < tail) {
            int node = queue[head++];
            for (int p = weights.rowPointers()[node]; p < weights.rowPointers()[node + 1]; p++) {
                int next = weights.columns()[p];
                if (found[next] < 0 && weights.values()[p] != 0) {
                    found[next] = label;
                    queue[tail++] = next;
                }
            }
        }
        return tail;
    }

    private static ConnectedComponents renumberBySize(int[] found, int[] rawSizes) {
        Integer[] order = new Integer[rawSizes.length];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, (a, b) -> rawSizes[a] != rawSizes[b]
                ? Integer.compare(rawSizes[b], rawSizes[a]) : Integer.compare(a, b));
        int[] newLabel = new int[rawSizes.length];
        int[] sizes = new int[rawSizes.length];
        for (int c = 0; c < order.length; c++) {
            newLabel[order[c]] = c;
            sizes[c] = rawSizes[order[c]];
        }
        int[] componentOf = new int[found.length];
        for (int i = 0; i < found.length; i++) {
            componentOf[i] = newLabel[found[i]];
        }
        return new ConnectedComponents(componentOf, sizes);
    }

    /** The number of components. */
    public int count() {
        return sizes.length;
    }

    /** The size of each component, largest first. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The component of node i (0 = the largest). */
    public int componentOf(int node) {
        return componentOf[node];
    }

    /** The component of every node. */
    public int[] labels() {
        return componentOf.clone();
    }

    /** Whether the graph is connected (one component). */
    public boolean isConnected() {
        return sizes.length == 1;
    }

    /**
     * "connected", or the count and the sizes, largest first: all of them up to
     * {@value #LISTED_SIZES}, beyond that the {@value #LISTED_SIZES} largest and how many more
     * there are, e.g. "120 components of sizes 15, 9, 7, 6, 6, 5 and 114 more".
     */
    @Override
    public String toString() {
        if (isConnected()) {
            return "connected";
        }
        int listed = Math.min(count(), LISTED_SIZES);
        String shown = Arrays.toString(Arrays.copyOf(sizes, listed)).replaceAll("[\\[\\]]", "");
        String rest = count() > listed ? " and " + (count() - listed) + " more" : "";
        return count() + " components of sizes " + shown + rest;
    }
}
