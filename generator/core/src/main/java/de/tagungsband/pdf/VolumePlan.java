package de.tagungsband.pdf;

import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;

import java.util.List;
import java.util.Optional;

/**
 * One proceedings volume in reading order, as the template {@code proceedings.ftlh} sets it: front matter, the
 * sessions in programme order each followed by the inputs that have a text of their own, and the contributors.
 *
 * @param sitePath where the PDF goes below the site root
 * @param coverImage a {@code file:} URL of the event's cover image, when the event folder has one
 * @param introHtml the event's introduction as print HTML
 * @param persons and organisations: everyone named in the volume's sessions, sorted for the contributor list
 * @param keywords the sessions' topics, each once, for the document's metadata
 */
public record VolumePlan(Event event, String sitePath, String eventUrl, Optional<String> coverImage, String introHtml,
                         List<SessionChapter> sessions, List<Person> persons, List<Person> organisations,
                         List<String> keywords) {

    /** The id of the title page, where the roman numbering starts. */
    public static final String TITLE_PAGE = "titelseite";
    /** The id of the contributor list. */
    public static final String CONTRIBUTORS = "mitwirkende";

    /**
     * The id of a chapter's title. Its page is the chapter's page (the chapter's own box may begin on the blank
     * page a right-hand start leaves before it), and links and the outline lead to it.
     */
    public static String titleOf(String chapterId) {
        return chapterId + "-titel";
    }

    /** The chapter of a session, for the page the volume's programme names beside it. */
    public Optional<SessionChapter> chapterOf(Session session) {
        return sessions.stream().filter(c -> c.session().equals(session)).findFirst();
    }

    /**
     * A session's chapter.
     *
     * @param id the chapter's element id, e.g. {@code s3}
     * @param url the address of the session's page in the online archive
     */
    public record SessionChapter(String id, Session session, String url, String bodyHtml, List<InputChapter> inputs) {

        /** The sub-chapter of an input, when it has a text of its own. */
        public Optional<InputChapter> chapterOf(Input input) {
            return inputs.stream().filter(c -> c.input().equals(input)).findFirst();
        }
    }

    /** An input with a text of its own, set as a sub-chapter of its session. */
    public record InputChapter(String id, Input input, String url, String bodyHtml) {
    }
}
