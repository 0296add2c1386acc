package de.tagungsband.model;

import de.tagungsband.record.SessionRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A session with its resolved authors and inputs.
 *
 * @param title the record's title, or for a session without one its kind and people: "Grußwort von …"
 * @param kind its kind with the words pages use for it
 * @param eventPath the page path of its event, the key to {@link SiteModel#event(String)}
 * @param authors the authors, with role and organisation as of this session
 * @param roles further roles at the session ({@code people:}): the role is the function there, such as Moderation
 * @param topics topics in written order
 * @param documents attached files ({@code documents:})
 */
public record Session(SessionRecord record, String title, SessionType kind, String pagePath, String eventPath, List<Speaker> authors,
                      List<Speaker> roles, List<Input> inputs, List<Topic> topics, List<Attachment> documents) {

    /** A session is identified by its page; deep comparison of its record and inputs is never needed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && pagePath.equals(that.pagePath);
    }

    @Override
    public int hashCode() {
        return pagePath.hashCode();
    }

    /** The authors as persons and organisations, for citations. */
    public List<Person> authorPersons() {
        return authors.stream().map(Speaker::person).toList();
    }

    /** Its documents and those of the inputs listed in its record (inputs with a page of their own list theirs). */
    public List<Attachment> documentsWithListedInputs() {
        List<Attachment> all = new ArrayList<>(documents);
        inputs.stream().filter(i -> i.pagePath().isEmpty()).forEach(i -> all.addAll(i.documents()));
        return List.copyOf(all);
    }

    /** True when the record gives no title: pages then name the session by its kind and people. */
    public boolean untitled() {
        return record.title().isEmpty();
    }

    /**
     * Everyone the session names, in the order of its lists: its authors, each followed by the organisation they
     * wrote for, then each input's speakers, each followed by the organisation it spoke for, then the further roles
     * (someone named twice stands here twice).
     */
    public List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (Speaker author : authors) {
            people.add(author.person());
            author.organisation().ifPresent(people::add);
        }
        for (Input input : inputs) {
            for (Speaker speaker : input.speakers()) {
                people.add(speaker.person());
                speaker.organisation().ifPresent(people::add);
            }
        }
        for (Speaker role : roles) {
            people.add(role.person());
            role.organisation().ifPresent(people::add);
        }
        return people;
    }
}
