package org.spectrallab.viz;

import com.jogamp.common.nio.Buffers;
import com.jogamp.common.util.VersionNumber;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES2;
import com.jogamp.opengl.GL2ES3;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Scene} with OpenGL through the GL2ES2 subset only (shaders, vertex
 * buffers, textures; no fixed-function calls), so the same code runs on desktop OpenGL
 * under X and on OpenGL ES through EGL.
 *
 * <p>Each frame puts all vertices in one vertex buffer and draws each batch with one
 * {@code glDrawArrays} call: shapes and text as triangles, data points as point sprites
 * (a 10,000-point scatter is one draw call). Two programs: one for shapes, text and images,
 * one for round points. Shader sources are GLSL ES 1.00 with a small header that maps
 * their keywords to GLSL 1.50 on desktop contexts.
 *
 * <p>One drawer belongs to one GL context: {@link #init} after the context is made,
 * {@link #dispose} before it goes.
 */
final class SceneDrawer {

    private static final int POSITION = 0;
    private static final int COLOR = 1;
    private static final int EXTRA = 2;
    private static final int STRIDE_BYTES = Scene.FLOATS_PER_VERTEX * Float.BYTES;

    /** Fragment modes of the shape program: fill or stroke, tinted text, image. */
    private static final int MODE_SHAPES = 0;
    private static final int MODE_TEXT = 1;
    private static final int MODE_IMAGE = 2;

    /** Desktop-only enables for shader-set point size and point-sprite coordinates. */
    private static final int GL_PROGRAM_POINT_SIZE = 0x8642;
    private static final int GL_POINT_SPRITE = 0x8861;
    private static final int GL_POINT_SIZE_RANGE = 0x0B12;
    private static final int GL_ALIASED_POINT_SIZE_RANGE = 0x846D;

    /** Colour of the ring drawn round highlighted points. */
    private static final float[] OUTLINE_COLOR = {0.07f, 0.07f, 0.07f, 1f};

    private static final String SHAPE_VERTEX_SHADER = String.join("\n",
            "ATTRIBUTE vec2 a_position;",
            "ATTRIBUTE vec4 a_color;",
            "ATTRIBUTE vec2 a_extra;",
            "uniform vec2 u_viewport;",
            "VARYING vec4 v_color;",
            "VARYING vec2 v_extra;",
            "void main() {",
            "  gl_Position = vec4(a_position.x / u_viewport.x * 2.0 - 1.0,",
            "                     1.0 - a_position.y / u_viewport.y * 2.0, 0.0, 1.0);",
            "  v_color = a_color;",
            "  v_extra = a_extra;",
            "}");

    /** Shapes fade over the last pixel of their half-width (v_extra.y) from the centre line. */
    private static final String SHAPE_FRAGMENT_SHADER = String.join("\n",
            "uniform int u_mode;",
            "uniform sampler2D u_texture;",
            "VARYING vec4 v_color;",
            "VARYING vec2 v_extra;",
            "void main() {",
            "  vec4 color = v_color;",
            "  if (u_mode == 0) {",
            "    color.a *= clamp(v_extra.y + 0.5 - abs(v_extra.x), 0.0, 1.0);",
            "  } else if (u_mode == 1) {",
            "    color.a *= TEXTURE(u_texture, v_extra).a;",
            "  } else {",
            "    color = TEXTURE(u_texture, v_extra);",
            "  }",
            "  FRAG_COLOR = color;",
            "}");

    private static final String POINT_VERTEX_SHADER = String.join("\n",
            "ATTRIBUTE vec2 a_position;",
            "ATTRIBUTE vec4 a_color;",
            "ATTRIBUTE vec2 a_extra;",
            "uniform vec2 u_viewport;",
            "uniform float u_maxPointSize;",
            "VARYING vec4 v_color;",
            "VARYING vec2 v_extra;",
            "void main() {",
            "  gl_Position = vec4(a_position.x / u_viewport.x * 2.0 - 1.0,",
            "                     1.0 - a_position.y / u_viewport.y * 2.0, 0.0, 1.0);",
            "  gl_PointSize = min(a_extra.x + 2.0, u_maxPointSize);",
            "  v_color = a_color;",
            "  v_extra = vec2(gl_PointSize - 2.0, a_extra.y);",
            "}");

    /** A disc of diameter v_extra.x with a soft edge, and a ring v_extra.y wide if positive. */
    private static final String POINT_FRAGMENT_SHADER = String.join("\n",
            "uniform vec4 u_outlineColor;",
            "VARYING vec4 v_color;",
            "VARYING vec2 v_extra;",
            "void main() {",
            "  float radius = v_extra.x * 0.5;",
            "  float r = length(gl_PointCoord - vec2(0.5)) * (v_extra.x + 2.0);",
            "  float coverage = clamp(radius + 0.5 - r, 0.0, 1.0);",
            "  if (coverage <= 0.0) discard;",
            "  vec4 color = v_color;",
            "  if (v_extra.y > 0.0) {",
            "    float ring = clamp(r - radius + v_extra.y + 0.5, 0.0, 1.0);",
            "    color = mix(color, u_outlineColor, ring);",
            "  }",
            "  FRAG_COLOR = vec4(color.rgb, color.a * coverage);",
            "}");

    private int shapeProgram;
    private int pointProgram;
    /** Location of the shape program's u_mode, set once per batch. */
    private int shapeModeLocation;
    private int vertexBuffer;
    /** Our vertex array object (GL3+ and GLES3 contexts), 0 where there are none. */
    private int vertexArray;
    /** The vertex array bound before the frame; JOGL binds its own in core profiles. */
    private int previousVertexArray;
    private int maxTextureSize;
    private float maxPointSize;
    private FloatBuffer staging = Buffers.newDirectFloatBuffer(4096);

    /** Compiles the programs and makes the buffers; call with the context current. */
    void init(GL2ES2 gl) {
        ShaderHeader header = ShaderHeader.of(gl);
        shapeProgram = link(gl, header, SHAPE_VERTEX_SHADER, SHAPE_FRAGMENT_SHADER);
        pointProgram = link(gl, header, POINT_VERTEX_SHADER, POINT_FRAGMENT_SHADER);
        shapeModeLocation = gl.glGetUniformLocation(shapeProgram, "u_mode");
        vertexBuffer = generate(gl::glGenBuffers);
        if (gl.isGL2ES3()) {
            GL2ES3 gl3 = gl.getGL2ES3();
            vertexArray = generate(gl3::glGenVertexArrays);
        }
        maxTextureSize = integer(gl, GL.GL_MAX_TEXTURE_SIZE);
        maxPointSize = largestPointSize(gl);
    }

    /** Frees what {@link #init} made; call with the context current. */
    void dispose(GL2ES2 gl) {
        gl.glDeleteProgram(shapeProgram);
        gl.glDeleteProgram(pointProgram);
        gl.glDeleteBuffers(1, new int[] {vertexBuffer}, 0);
        if (vertexArray != 0) {
            gl.getGL2ES3().glDeleteVertexArrays(1, new int[] {vertexArray}, 0);
        }
    }

    /** Draws the scene over the whole viewport, which must be scene.width x scene.height. */
    void draw(GL2ES2 gl, Scene scene) {
        prepareState(gl, scene);
        setFrameUniforms(gl, scene);
        TextAtlas atlas = buildAtlas(scene);
        List<int[]> ranges = uploadVertices(gl, scene, atlas);
        int atlasTexture = atlas == null ? 0 : upload(gl, atlas.image.getWidth(),
                atlas.image.getHeight(), atlas.image.getRGB(0, 0, atlas.image.getWidth(),
                        atlas.image.getHeight(), null, 0, atlas.image.getWidth()));
        List<Integer> textures = new ArrayList<>();
        List<Scene.Batch> batches = scene.batches();
        for (int i = 0; i < batches.size(); i++) {
            Scene.Batch batch = batches.get(i);
            clip(gl, scene, batch.clip);
            int[] range = ranges.get(i);
            switch (batch.kind) {
                case SHAPES -> drawShapes(gl, MODE_SHAPES, 0, range);
                case TEXT -> drawShapes(gl, MODE_TEXT, atlasTexture, range);
                case IMAGE -> {
                    int texture = upload(gl, batch.raster.width(), batch.raster.height(),
                            batch.raster.argb());
                    textures.add(texture);
                    drawShapes(gl, MODE_IMAGE, texture, range);
                }
                case POINTS -> drawPoints(gl, range);
            }
        }
        textures.add(atlasTexture);
        deleteTextures(gl, textures);
        restoreState(gl);
    }

    /**
     * Leaves the context as JOGL expects it, since the window's panel draws its own
     * picture with the same context after ours.
     */
    private void restoreState(GL2ES2 gl) {
        gl.glDisable(GL.GL_SCISSOR_TEST);
        gl.glDisable(GL.GL_BLEND);
        gl.glBindTexture(GL.GL_TEXTURE_2D, 0);
        gl.glDisableVertexAttribArray(POSITION);
        gl.glDisableVertexAttribArray(COLOR);
        gl.glDisableVertexAttribArray(EXTRA);
        gl.glBindBuffer(GL.GL_ARRAY_BUFFER, 0);
        gl.glUseProgram(0);
        if (vertexArray != 0) {
            gl.getGL2ES3().glBindVertexArray(previousVertexArray);
        }
    }

    private void prepareState(GL2ES2 gl, Scene scene) {
        gl.glViewport(0, 0, scene.width, scene.height);
        int bg = scene.background;
        gl.glClearColor(((bg >> 16) & 0xFF) / 255f, ((bg >> 8) & 0xFF) / 255f,
                (bg & 0xFF) / 255f, 1f);
        gl.glDisable(GL.GL_SCISSOR_TEST);
        gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
        gl.glDisable(GL.GL_DEPTH_TEST);
        gl.glDisable(GL.GL_CULL_FACE);
        gl.glEnable(GL.GL_BLEND);
        gl.glBlendFuncSeparate(GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA, GL.GL_ONE,
                GL.GL_ONE_MINUS_SRC_ALPHA);
        if (!gl.isGLES()) {
            gl.glEnable(GL_PROGRAM_POINT_SIZE);
            if (gl.getContext().isGLCompatibilityProfile()) {
                gl.glEnable(GL_POINT_SPRITE);
            }
        }
        if (vertexArray != 0) {
            previousVertexArray = integer(gl, GL2ES3.GL_VERTEX_ARRAY_BINDING);
            gl.getGL2ES3().glBindVertexArray(vertexArray);
        }
        gl.glBindBuffer(GL.GL_ARRAY_BUFFER, vertexBuffer);
    }

    private TextAtlas buildAtlas(Scene scene) {
        List<Scene.TextItem> items = new ArrayList<>();
        for (Scene.Batch batch : scene.batches()) {
            items.addAll(batch.texts);
        }
        return items.isEmpty() ? null : TextAtlas.build(items, maxTextureSize);
    }

    /**
     * Copies every batch's vertices into the vertex buffer, building the quads of text and
     * images on the way; returns each batch's (first vertex, vertex count).
     */
    private List<int[]> uploadVertices(GL2ES2 gl, Scene scene, TextAtlas atlas) {
        Scene.FloatArray all = new Scene.FloatArray();
        List<int[]> ranges = new ArrayList<>();
        for (Scene.Batch batch : scene.batches()) {
            int first = all.size() / Scene.FLOATS_PER_VERTEX;
            switch (batch.kind) {
                case SHAPES, POINTS -> append(all, batch.vertices);
                case TEXT -> appendTextQuads(all, batch.texts, atlas);
                case IMAGE -> appendQuad(all, batch.target, 0, 0, 1, 1, 0xFFFFFFFF);
            }
            ranges.add(new int[] {first, all.size() / Scene.FLOATS_PER_VERTEX - first});
        }
        if (staging.capacity() < all.size()) {
            staging = Buffers.newDirectFloatBuffer(all.size());
        }
        staging.clear();
        staging.put(all.array(), 0, all.size());
        staging.flip();
        gl.glBufferData(GL.GL_ARRAY_BUFFER, (long) all.size() * Float.BYTES, staging,
                GL2ES2.GL_STREAM_DRAW);
        return ranges;
    }

    private static void append(Scene.FloatArray all, Scene.FloatArray part) {
        float[] data = part.array();
        for (int i = 0; i < part.size(); i += 2) {
            all.add(data[i], data[i + 1]);
        }
    }

    private static void appendTextQuads(Scene.FloatArray all, List<Scene.TextItem> texts,
            TextAtlas atlas) {
        float atlasWidth = atlas.image.getWidth();
        float atlasHeight = atlas.image.getHeight();
        for (Scene.TextItem item : texts) {
            TextAtlas.Slot slot = atlas.slot(item);
            Rect box = new Rect(item.left(), item.top(), item.boxWidth(), item.boxHeight());
            appendQuad(all, box, slot.x() / atlasWidth, slot.y() / atlasHeight,
                    (slot.x() + item.boxWidth()) / atlasWidth,
                    (slot.y() + item.boxHeight()) / atlasHeight, item.color());
        }
    }

    /** A rectangle as two triangles, texture coordinates (u0, v0) at its top-left. */
    private static void appendQuad(Scene.FloatArray all, Rect r, float u0, float v0, float u1,
            float v1, int color) {
        Scene.vertex(all, r.x(), r.y(), color, u0, v0);
        Scene.vertex(all, r.right(), r.y(), color, u1, v0);
        Scene.vertex(all, r.right(), r.bottom(), color, u1, v1);
        Scene.vertex(all, r.x(), r.y(), color, u0, v0);
        Scene.vertex(all, r.right(), r.bottom(), color, u1, v1);
        Scene.vertex(all, r.x(), r.bottom(), color, u0, v1);
    }

    /** Uniforms that stay the same for the whole frame; programs keep them once set. */
    private void setFrameUniforms(GL2ES2 gl, Scene scene) {
        gl.glUseProgram(shapeProgram);
        gl.glUniform2f(gl.glGetUniformLocation(shapeProgram, "u_viewport"), scene.width,
                scene.height);
        gl.glUniform1i(gl.glGetUniformLocation(shapeProgram, "u_texture"), 0);
        gl.glUseProgram(pointProgram);
        gl.glUniform2f(gl.glGetUniformLocation(pointProgram, "u_viewport"), scene.width,
                scene.height);
        gl.glUniform1f(gl.glGetUniformLocation(pointProgram, "u_maxPointSize"), maxPointSize);
        gl.glUniform4fv(gl.glGetUniformLocation(pointProgram, "u_outlineColor"), 1,
                OUTLINE_COLOR, 0);
    }

    private void drawShapes(GL2ES2 gl, int mode, int texture, int[] range) {
        gl.glUseProgram(shapeProgram);
        gl.glUniform1i(shapeModeLocation, mode);
        gl.glActiveTexture(GL.GL_TEXTURE0);
        gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
        bindAttributes(gl);
        gl.glDrawArrays(GL.GL_TRIANGLES, range[0], range[1]);
    }

    private void drawPoints(GL2ES2 gl, int[] range) {
        gl.glUseProgram(pointProgram);
        bindAttributes(gl);
        gl.glDrawArrays(GL.GL_POINTS, range[0], range[1]);
    }

    private static void bindAttributes(GL2ES2 gl) {
        gl.glEnableVertexAttribArray(POSITION);
        gl.glEnableVertexAttribArray(COLOR);
        gl.glEnableVertexAttribArray(EXTRA);
        gl.glVertexAttribPointer(POSITION, 2, GL.GL_FLOAT, false, STRIDE_BYTES, 0);
        gl.glVertexAttribPointer(COLOR, 4, GL.GL_FLOAT, false, STRIDE_BYTES, 2L * Float.BYTES);
        gl.glVertexAttribPointer(EXTRA, 2, GL.GL_FLOAT, false, STRIDE_BYTES, 6L * Float.BYTES);
    }

    /** Scissors to the clip rectangle, converted to GL's bottom-left origin. */
    private static void clip(GL2ES2 gl, Scene scene, Rect area) {
        if (area == null) {
            gl.glDisable(GL.GL_SCISSOR_TEST);
            return;
        }
        int left = (int) Math.floor(area.x());
        int top = (int) Math.floor(area.y());
        int right = (int) Math.ceil(area.right());
        int bottom = (int) Math.ceil(area.bottom());
        gl.glEnable(GL.GL_SCISSOR_TEST);
        gl.glScissor(left, scene.height - bottom, Math.max(0, right - left),
                Math.max(0, bottom - top));
    }

    /** A new RGBA texture from ARGB pixels (top row first), sampled nearest-texel. */
    private static int upload(GL2ES2 gl, int width, int height, int[] argb) {
        ByteBuffer rgba = Buffers.newDirectByteBuffer(width * height * 4);
        for (int pixel : argb) {
            rgba.put((byte) (pixel >> 16)).put((byte) (pixel >> 8)).put((byte) pixel)
                    .put((byte) (pixel >>> 24));
        }
        rgba.flip();
        int texture = generate(gl::glGenTextures);
        gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
        gl.glPixelStorei(GL.GL_UNPACK_ALIGNMENT, 1);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, GL.GL_NEAREST);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, GL.GL_NEAREST);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_S, GL.GL_CLAMP_TO_EDGE);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_T, GL.GL_CLAMP_TO_EDGE);
        gl.glTexImage2D(GL.GL_TEXTURE_2D, 0, GL.GL_RGBA, width, height, 0, GL.GL_RGBA,
                GL.GL_UNSIGNED_BYTE, rgba);
        return texture;
    }

    private static void deleteTextures(GL2ES2 gl, List<Integer> textures) {
        for (int texture : textures) {
            if (texture != 0) {
                gl.glDeleteTextures(1, new int[] {texture}, 0);
            }
        }
    }

    private static int link(GL2ES2 gl, ShaderHeader header, String vertex, String fragment) {
        int program = gl.glCreateProgram();
        int vertexShader = compile(gl, GL2ES2.GL_VERTEX_SHADER, header.vertex + vertex);
        int fragmentShader = compile(gl, GL2ES2.GL_FRAGMENT_SHADER, header.fragment + fragment);
        gl.glAttachShader(program, vertexShader);
        gl.glAttachShader(program, fragmentShader);
        gl.glBindAttribLocation(program, POSITION, "a_position");
        gl.glBindAttribLocation(program, COLOR, "a_color");
        gl.glBindAttribLocation(program, EXTRA, "a_extra");
        gl.glLinkProgram(program);
        gl.glDeleteShader(vertexShader);
        gl.glDeleteShader(fragmentShader);
        int[] linked = new int[1];
        gl.glGetProgramiv(program, GL2ES2.GL_LINK_STATUS, linked, 0);
        if (linked[0] == 0) {
            throw new IllegalStateException("GL could not link a figure shader: "
                    + programLog(gl, program));
        }
        return program;
    }

    private static int compile(GL2ES2 gl, int type, String source) {
        int shader = gl.glCreateShader(type);
        gl.glShaderSource(shader, 1, new String[] {source}, null);
        gl.glCompileShader(shader);
        int[] compiled = new int[1];
        gl.glGetShaderiv(shader, GL2ES2.GL_COMPILE_STATUS, compiled, 0);
        if (compiled[0] == 0) {
            int[] length = new int[1];
            gl.glGetShaderiv(shader, GL2ES2.GL_INFO_LOG_LENGTH, length, 0);
            byte[] log = new byte[Math.max(1, length[0])];
            gl.glGetShaderInfoLog(shader, log.length, null, 0, log, 0);
            throw new IllegalStateException("GL could not compile a figure shader: "
                    + new String(log, StandardCharsets.UTF_8).trim());
        }
        return shader;
    }

    private static String programLog(GL2ES2 gl, int program) {
        int[] length = new int[1];
        gl.glGetProgramiv(program, GL2ES2.GL_INFO_LOG_LENGTH, length, 0);
        byte[] log = new byte[Math.max(1, length[0])];
        gl.glGetProgramInfoLog(program, log.length, null, 0, log, 0);
        return new String(log, StandardCharsets.UTF_8).trim();
    }

    private static float largestPointSize(GL2ES2 gl) {
        float[] range = new float[2];
        gl.glGetFloatv(gl.isGLES() ? GL_ALIASED_POINT_SIZE_RANGE : GL_POINT_SIZE_RANGE, range, 0);
        return Math.max(1f, range[1]);
    }

    private static int integer(GL2ES2 gl, int name) {
        int[] value = new int[1];
        gl.glGetIntegerv(name, value, 0);
        return value[0];
    }

    /** A GL "generate one name" call such as glGenBuffers. */
    private interface Generator {
        void generate(int count, int[] names, int offset);
    }

    private static int generate(Generator generator) {
        int[] name = new int[1];
        generator.generate(1, name, 0);
        return name[0];
    }

    /**
     * Lines put before the shader sources so that GLSL ES 1.00 code compiles as GLSL 1.50
     * on desktop contexts (core profiles reject 1.00 keywords on some drivers), or as
     * GLSL 1.20 on desktop contexts older than OpenGL 3.2.
     */
    private record ShaderHeader(String vertex, String fragment) {

        private static final VersionNumber GLSL_150 = new VersionNumber(1, 50, 0);

        static ShaderHeader of(GL2ES2 gl) {
            if (gl.isGLES()) {
                String precision = "#ifdef GL_FRAGMENT_PRECISION_HIGH\nprecision highp float;\n"
                        + "#else\nprecision mediump float;\n#endif\n";
                return new ShaderHeader(
                        "#version 100\n#define ATTRIBUTE attribute\n#define VARYING varying\n",
                        "#version 100\n" + precision + "#define VARYING varying\n"
                                + "#define TEXTURE texture2D\n#define FRAG_COLOR gl_FragColor\n");
            }
            if (gl.getContext().getGLSLVersionNumber().compareTo(GLSL_150) < 0) {
                return new ShaderHeader(
                        "#version 120\n#define ATTRIBUTE attribute\n#define VARYING varying\n",
                        "#version 120\n#define VARYING varying\n#define TEXTURE texture2D\n"
                                + "#define FRAG_COLOR gl_FragColor\n");
            }
            return new ShaderHeader(
                    "#version 150\n#define ATTRIBUTE in\n#define VARYING out\n",
                    "#version 150\n#define VARYING in\n#define TEXTURE texture\n"
                            + "out vec4 fragColor;\n#define FRAG_COLOR fragColor\n");
        }
    }
}
