package de.tagungsband.bench;

import java.util.List;
import java.util.Random;

/** Plausible German prose for generated records: umlauts, long compounds, the vocabulary of social work. */
final class GermanText {

    private static final List<String> NOUNS = List.of("Flüchtlingssozialarbeit", "Migrationsberatung", "Sozialraum",
            "Integrationsort", "Begegnungszentrum", "Ehrenamt", "Fachkräfte", "Teilhabe", "Verstetigung", "Kommune",
            "Netzwerk", "Familientreff", "Sprachmittlung", "Übergänge", "Wohnumfeld", "Förderlogik", "Beratungsstelle",
            "Jugendhilfe", "Nachbarschaft", "Schulsozialarbeit", "Gemeinwesenarbeit", "Bedarfe", "Zugänge", "Straßensozialarbeit",
            "Qualitätsstandards", "Landesförderung", "Kooperationspartnerinnen", "Beteiligungsformate", "Lebenslagen");
    private static final List<String> VERBS = List.of("stärkt", "verändert", "begleitet", "öffnet", "erschwert", "fördert",
            "prägt", "verbindet", "überträgt", "schützt", "ermöglicht", "verknüpft");
    private static final List<String> ADJECTIVES = List.of("niedrigschwellige", "verlässliche", "ländliche", "städtische",
            "ehrenamtliche", "hauptamtliche", "mehrsprachige", "gemeinsame", "kommunale", "übertragbare", "nachhaltige");
    private static final List<String> CONNECTORS = List.of("Dabei", "Zugleich", "Außerdem", "Gerade deshalb",
            "Im Gespräch zeigte sich, dass", "Aus Sicht der Praxis", "Für die Träger", "In Kleinstädten");

    private final Random random;

    GermanText(Random random) {
        this.random = random;
    }

    String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    String sentence() {
        String start = pick(CONNECTORS);
        String subject = "die " + pick(ADJECTIVES) + " " + pick(NOUNS);
        String object = "die " + pick(NOUNS) + " der " + pick(ADJECTIVES).replaceAll("e$", "en") + " " + pick(NOUNS);
        return start + " " + pick(VERBS) + " " + subject + " " + object + ".";
    }

    String paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence());
        }
        return p.toString();
    }

    String title() {
        String noun = pick(NOUNS);
        return noun + " und " + pick(NOUNS) + " – " + Character.toUpperCase(pick(ADJECTIVES).charAt(0))
                + pick(ADJECTIVES).substring(1) + " Wege im " + pick(List.of("Sozialraum", "Landkreis", "Quartier", "Alltag"));
    }

    String noun() {
        return pick(NOUNS);
    }
}
