// Spectral Lab: what every lab and the ./lab shell prompt start with.
// The imports let a lab line read like the mathematics; Shell adds a few helpers
// (show a figure, print an array or a matrix corner): help() lists them.
import java.util.*;
import java.nio.file.*;
import org.la4j.Matrix;
import org.la4j.Vector;
import org.spectrallab.data.*;
import org.spectrallab.kernel.*;
import org.spectrallab.graph.*;
import org.spectrallab.spectral.*;
import org.spectrallab.viz.*;
import org.spectrallab.entk.*;
import org.spectrallab.lab.*;
import static org.spectrallab.lab.Shell.*;
