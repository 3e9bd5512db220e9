package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spectrallab.support.LabProcess;

/**
 * la4j's own decompositions are wrong or far too slow (its EIGEN decompositor returns
 * wrong eigenvalues even at n = 5; docs/PERFORMANCE.md): no lab, no startup script and no
 * kit source may reach them. Every eigenproblem goes through spectral.Eigensolver.
 */
class La4jDecompositionGuardTest {

    private static final Pattern LA4J_DECOMPOSITION = Pattern.compile(
            "withDecompositor|LinearAlgebra\\.(EIGEN|SVD|CHOLESKY|LU|QR)|decomposition\\."
                    + "(EigenDecompositor|SingularValueDecompositor)");

    @Test
    void noLabOrSourceCallsLa4jDecompositions() throws IOException {
        Path home = LabProcess.home();
        List<String> offenders = new ArrayList<>();
        for (Path root : new Path[] {home.resolve("labs"), home.resolve("src/main"),
            home.resolve("startup.jsh")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (LA4J_DECOMPOSITION.matcher(Files.readString(file)).find()) {
                        offenders.add(home.relativize(file).toString());
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "la4j decompositions used in " + offenders);
    }
}
