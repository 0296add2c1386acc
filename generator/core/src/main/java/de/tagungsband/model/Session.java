package de.tagungsband.model;

import de.tagungsband.record.SessionKind;
import de.tagungsband.record.SessionRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A session with its resolved authors and inputs.
 *
 * @param eventPath the page path of its event, the key to {@link SiteModel#event(String)}
 * @param topics topics in written order
 */
public record Session(SessionRecord record, String pagePath, String eventPath, List<Person> authors,
                      List<Input> inputs, List<Topic> topics) {

    /** A session is identified by its page; deep comparison of its record and inputs is never needed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && pagePath.equals(that.pagePath);
    }

    @Override
    public int hashCode() {
        return pagePath.hashCode();
    }

    public String title() {
        return record.title();
    }

    public SessionKind kind() {
        return record.kind();
    }

    /**
     * Everyone the session names, in the order of its lists: its authors, then each input's speakers, each followed
     * by the organisation it spoke for (someone named twice stands here twice).
     */
    public List<Person> people() {
        List<Person> people = new ArrayList<>(authors);
        for (Input input : inputs) {
            for (Speaker speaker : input.speakers()) {
                people.add(speaker.person());
                speaker.organisation().ifPresent(people::add);
            }
        }
        return people;
    }
}
