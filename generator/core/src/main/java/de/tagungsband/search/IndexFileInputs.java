package de.tagungsband.search;

import com.dynatrace.hash4j.hashing.HashStream128;
import de.tagungsband.digest.Fingerprint;

/**
 * What each file of the search index is made from, as a fingerprint: the preview takes a file whose fingerprint an
 * earlier build wrote from its memory instead of writing it again.
 */
final class IndexFileInputs {

    private IndexFileInputs() {
    }

    /** What a word shard's file is made from: its key, stems with their postings, and forms. */
    static Fingerprint of(String key, SearchIndexScript.Shard shard) {
        HashStream128 stream = Fingerprint.stream().putString("w").putString(key).putInt(shard.terms().size());
        shard.terms().forEach((stem, postings) -> {
            stream.putString(stem).putInt(postings.length);
            for (int value : postings) {
                stream.putInt(value);
            }
        });
        stream.putInt(shard.forms().size());
        shard.forms().forEach((form, stem) -> stream.putString(form).putString(stem));
        return Fingerprint.of(stream.get());
    }

    /** What a document's file is made from: its number and what {@code SearchIndexScript.document} writes of it. */
    static Fingerprint of(SearchIndex index, int doc) {
        SearchDocument document = index.docs().get(doc);
        return Fingerprint.of(Fingerprint.stream().putString("d").putInt(doc).putString(document.u())
                .putString(document.t()).putString(document.k()).putInt(document.y())
                .putString(index.events().getOrDefault(document.e(), ""))
                .putInt(document.xUtf8().length).putBytes(document.xUtf8()).get());
    }
}
