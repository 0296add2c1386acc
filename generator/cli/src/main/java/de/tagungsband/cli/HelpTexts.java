package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * The run's {@link Texts} as the resource bundle picocli reads help from: {@code usage.*} headings, each command's
 * {@code <command>.usage.description} and each option's description by its {@code descriptionKey}.
 */
final class HelpTexts extends ResourceBundle {

    private final Texts texts;

    private HelpTexts(Texts texts) {
        this.texts = texts;
    }

    static ResourceBundle of(Texts texts) {
        return new HelpTexts(texts);
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.has(key) ? texts.get(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.asMap().keySet());
    }
}
