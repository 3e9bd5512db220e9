package org.spectrallab.viz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All labels of a frame rasterised by Java2D into one image, white with the glyph coverage
 * in alpha, so that the GL side tints them with the label's colour. Labels are packed on
 * shelves (rows of boxes left to right); identical labels share one box.
 */
final class TextAtlas {

    /** Empty pixels around each label so neighbours never bleed into each other. */
    private static final int PADDING = 1;

    /** Top-left corner of a label's box inside the atlas. */
    record Slot(int x, int y) {
    }

    /** A label's look: the same text, style and direction share a slot. */
    private record Key(String text, TextStyle style, boolean vertical) {
    }

    final BufferedImage image;
    private final Map<Key, Slot> slots;

    private TextAtlas(BufferedImage image, Map<Key, Slot> slots) {
        this.image = image;
        this.slots = slots;
    }

    /** Where {@code item}'s pixels are in {@link #image}. */
    Slot slot(Scene.TextItem item) {
        return slots.get(keyOf(item));
    }

    /**
     * Packs and draws the labels; {@code maxSize} is the largest texture side GL accepts.
     *
     * @throws IllegalStateException when the labels do not fit in one texture
     */
    static TextAtlas build(List<Scene.TextItem> items, int maxSize) {
        Map<Key, Scene.TextItem> unique = new LinkedHashMap<>();
        for (Scene.TextItem item : items) {
            unique.putIfAbsent(keyOf(item), item);
        }
        int atlasWidth = atlasWidth(unique, maxSize);
        Map<Key, Slot> slots = new LinkedHashMap<>();
        int x = 0;
        int y = 0;
        int shelfHeight = 0;
        for (Map.Entry<Key, Scene.TextItem> entry : unique.entrySet()) {
            Scene.TextItem item = entry.getValue();
            int w = item.boxWidth() + PADDING;
            int h = item.boxHeight() + PADDING;
            if (x + w > atlasWidth) {
                x = 0;
                y += shelfHeight;
                shelfHeight = 0;
            }
            slots.put(entry.getKey(), new Slot(x, y));
            x += w;
            shelfHeight = Math.max(shelfHeight, h);
        }
        int atlasHeight = Math.max(1, y + shelfHeight);
        if (atlasHeight > maxSize) {
            throw new IllegalStateException("the figure's labels need a " + atlasWidth + " x "
                    + atlasHeight + " texture, beyond this GL's limit of " + maxSize
                    + ": use fewer or shorter captions.");
        }
        BufferedImage image = new BufferedImage(atlasWidth, atlasHeight,
                BufferedImage.TYPE_INT_ARGB);
        draw(image, unique, slots);
        return new TextAtlas(image, slots);
    }

    private static int atlasWidth(Map<Key, Scene.TextItem> unique, int maxSize) {
        int widest = 1;
        for (Scene.TextItem item : unique.values()) {
            widest = Math.max(widest, item.boxWidth() + PADDING);
        }
        return Math.min(maxSize, Math.max(1024, widest));
    }

    private static void draw(BufferedImage image, Map<Key, Scene.TextItem> unique,
            Map<Key, Slot> slots) {
        Graphics2D g = image.createGraphics();
        try {
            TextStyle.applyHints(g);
            g.setColor(Color.WHITE);
            for (Map.Entry<Key, Scene.TextItem> entry : unique.entrySet()) {
                drawLabel(g, entry.getValue(), slots.get(entry.getKey()));
            }
        } finally {
            g.dispose();
        }
    }

    /** Draws one label into its slot; vertical labels are turned a quarter left. */
    private static void drawLabel(Graphics2D g, Scene.TextItem item, Slot slot) {
        Graphics2D local = (Graphics2D) g.create();
        try {
            local.setFont(item.style().font);
            if (item.vertical()) {
                local.translate(slot.x(), slot.y() + item.boxHeight());
                local.rotate(-Math.PI / 2);
            } else {
                local.translate(slot.x(), slot.y());
            }
            local.drawString(item.text(), 0, item.style().ascent());
        } finally {
            local.dispose();
        }
    }

    private static Key keyOf(Scene.TextItem item) {
        return new Key(item.text(), item.style(), item.vertical());
    }
}
