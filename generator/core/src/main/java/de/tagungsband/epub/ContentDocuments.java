package de.tagungsband.epub;

import de.tagungsband.html.Formats;
import de.tagungsband.i18n.Messages;
import de.tagungsband.model.Attachment;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.RelativeUrls;
import de.tagungsband.model.Speaker;
import de.tagungsband.pdf.Layout;
import de.tagungsband.pdf.VolumePlan;
import de.tagungsband.pdf.VolumePlan.InputChapter;
import de.tagungsband.pdf.VolumePlan.SessionChapter;
import de.tagungsband.record.EventRecord;
import de.tagungsband.record.SiteConfig;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content documents of one volume's EPUB in reading order: title page with imprint, introduction, one file per
 * session chapter (its inputs' texts as sections of it), contributors. Page-break markers are placed as the files
 * are made, so the files are kept as elements until the last page is marked.
 */
final class ContentDocuments {

    /** A content document and the contents entries it holds (file#id, title, level). */
    record Doc(String file, Xhtml xhtml, List<TocEntry> toc) {
    }

    record TocEntry(String href, String title, int level) {
    }

    private final Layout layout;
    private final VolumePlan plan;
    private final SiteConfig site;
    private final Messages msg;
    private final PageMarkers markers;
    private final ChapterText text;
    private final Optional<String> logo;

    /** @param logo the path of site.yaml's logo in the package, shown on the title page */
    ContentDocuments(Layout layout, SiteConfig site, Messages messages, PageMarkers markers, Images images,
                     Optional<String> logo) {
        this.logo = logo;
        this.layout = layout;
        this.plan = layout.plan();
        this.site = site;
        this.msg = messages;
        this.markers = markers;
        this.text = new ChapterText(layout, markers, images);
    }

    List<Doc> make() {
        List<Doc> docs = new ArrayList<>();
        docs.add(titlePage());
        Doc last = null;
        if (!plan.introHtml().isBlank()) {
            last = introduction();
            docs.add(last);
        }
        for (SessionChapter chapter : plan.sessions()) {
            last = closeBefore(last, VolumePlan.titleOf(chapter.id()));
            last = chapter(chapter);
            docs.add(last);
        }
        if (!plan.persons().isEmpty() || !plan.organisations().isEmpty()) {
            closeBefore(last, VolumePlan.titleOf(VolumePlan.CONTRIBUTORS));
            last = contributors();
            docs.add(last);
        }
        if (last != null) {
            markers.upTo(layout.pages().pageCount() - 1, last.file()).forEach(last.xhtml().body()::appendChild);
        }
        return docs;
    }

    /** The pages between the last file's text and the next title (the blank page before a right-hand start). */
    private Doc closeBefore(Doc last, String nextTitleId) {
        if (last != null) {
            layout.pageOf(nextTitleId).ifPresent(page ->
                    markers.upTo(page - 1, last.file()).forEach(last.xhtml().body().children().last()::appendChild));
        }
        return last;
    }

    private Doc titlePage() {
        Event event = plan.event();
        EventRecord record = event.record();
        String file = "title.xhtml";
        Xhtml xhtml = new Xhtml(site.language(), event.fullTitle());
        Element body = xhtml.body();
        int titlePage = layout.pages().romanStart();
        Element title = body.appendElement("section").attr("epub:type", "titlepage").addClass("title-page");
        markers.upTo(titlePage, file).forEach(title::appendChild);
        logo.ifPresent(path -> title.appendElement("p").addClass("logo").appendElement("img").attr("src", path)
                .attr("alt", site.publisher()));
        title.appendElement("p").addClass("kicker").text(msg.get("volume.label"));
        title.appendElement("h1").text(event.title());
        record.subtitle().ifPresent(s -> title.appendElement("p").addClass("subtitle").text(s));
        title.appendElement("p").text(msg.get("format.label." + record.format().yamlName()) + ", " + dates(record)
                + record.location().map(l -> ", " + l).orElse(""));
        if (!event.editors().isEmpty()) {
            title.appendElement("p").text(msg.get("volume.editedBy") + " " + names(event.editors()));
        }
        title.appendElement("p").addClass("publisher").text(site.publisher());
        Element imprint = body.appendElement("section").attr("epub:type", "imprint").addClass("imprint")
                .attr("aria-labelledby", "impressum");
        markers.upTo(titlePage + 1, file).forEach(imprint::appendChild);
        imprint.appendElement("h2").id("impressum").text(msg.get("volume.imprint"));
        Element dl = imprint.appendElement("dl");
        item(dl, msg.get("volume.event"), event.fullTitle());
        event.organiser().ifPresent(o -> item(dl, msg.get("event.organiser"), o.name()));
        if (!event.editors().isEmpty()) {
            item(dl, msg.get("volume.editors"), names(event.editors()));
        }
        item(dl, msg.get("volume.publisher"), site.publisher() + ", " + record.end().getYear());
        site.licence().ifPresent(l -> item(dl, msg.get("volume.licence"), l));
        Element archive = item(dl, msg.get("volume.archive"), "");
        archive.appendElement("a").attr("href", plan.eventUrl()).text(plan.eventUrl());
        if (plan.introHtml().isBlank() && !event.documents().isEmpty()) { // else they follow the introduction
            documentList(item(dl, msg.get("documents.title"), ""), event.documents());
        }
        markers.skipTo(layout.pageOf(plan.introHtml().isBlank() || plan.sessions().isEmpty()
                ? firstChapterTitle() : "einleitung-titel").orElse(titlePage + 2));
        return new Doc(file, xhtml, List.of(new TocEntry(file, event.fullTitle(), 1)));
    }

    private String firstChapterTitle() {
        return plan.sessions().isEmpty() ? VolumePlan.titleOf(VolumePlan.CONTRIBUTORS)
                : VolumePlan.titleOf(plan.sessions().get(0).id());
    }

    private Doc introduction() {
        String file = "introduction.xhtml";
        Xhtml xhtml = new Xhtml(site.language(), msg.get("volume.introduction"));
        Element section = xhtml.body().appendElement("section").attr("epub:type", "introduction")
                .attr("role", "doc-introduction").attr("aria-labelledby", "einleitung-titel");
        layout.pageOf("einleitung-titel").ifPresent(p -> markers.upTo(p, file).forEach(section::appendChild));
        section.appendElement("h1").id("einleitung-titel").text(msg.get("volume.introduction"));
        List<Element> notes = text.append(section, plan.introHtml(), file, "einleitung");
        online(section, plan.eventUrl());
        documents(section, plan.event().documents());
        notes.forEach(section::appendChild);
        return new Doc(file, xhtml, List.of(new TocEntry(file + "#einleitung-titel", msg.get("volume.introduction"), 1)));
    }

    private Doc chapter(SessionChapter chapter) {
        String file = chapter.id() + ".xhtml";
        String titleId = VolumePlan.titleOf(chapter.id());
        Xhtml xhtml = new Xhtml(site.language(), chapter.session().title());
        Element section = xhtml.body().appendElement("section").attr("epub:type", "chapter")
                .attr("role", "doc-chapter").id(chapter.id()).attr("aria-labelledby", titleId);
        layout.pageOf(titleId).ifPresent(p -> markers.upTo(p, file).forEach(section::appendChild));
        Element header = section.appendElement("header");
        header.appendElement("p").addClass("kind").text(chapter.session().kind().label());
        header.appendElement("h1").id(titleId).text(chapter.session().title());
        if (!chapter.session().authors().isEmpty()) {
            header.appendElement("p").addClass("byline")
                    .text(msg.get("session.by") + " " + speakers(chapter.session().authors()));
        }
        for (Speaker role : chapter.session().roles()) {
            header.appendElement("p").addClass("byline role").text(role.role().orElse("") + ": " + speaker(role, false));
        }
        online(header, chapter.url());
        documents(header, chapter.session().documentsWithListedInputs());
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry(file + "#" + titleId, chapter.session().title(), 1));
        List<Element> notes = text.append(section, chapter.bodyHtml(), file, chapter.id());
        if (!chapter.session().inputs().isEmpty()) {
            inputList(section, chapter);
        }
        notes.forEach(section::appendChild);
        for (InputChapter sub : chapter.inputs()) {
            String subTitleId = VolumePlan.titleOf(sub.id());
            Element subsection = section.appendElement("section").id(sub.id()).attr("aria-labelledby", subTitleId);
            layout.pageOf(subTitleId).ifPresent(p -> markers.upTo(p, file).forEach(subsection::appendChild));
            Element subheader = subsection.appendElement("header");
            subheader.appendElement("p").addClass("kind").text(msg.get("kind.input"));
            subheader.appendElement("h2").id(subTitleId).text(sub.input().title());
            if (!sub.input().speakers().isEmpty()) {
                subheader.appendElement("p").addClass("byline")
                        .text(msg.get("session.by") + " " + speakers(sub.input().speakers()));
            }
            online(subheader, sub.url());
            documents(subheader, sub.input().documents());
            text.append(subsection, sub.bodyHtml(), file, sub.id()).forEach(subsection::appendChild);
            toc.add(new TocEntry(file + "#" + subTitleId, sub.input().title(), 2));
        }
        return new Doc(file, xhtml, List.copyOf(toc));
    }

    private void inputList(Element section, SessionChapter chapter) {
        Element inputs = section.appendElement("section").addClass("inputs");
        chapter.session().kind().inputsHeading().ifPresent(heading -> {
            inputs.attr("aria-labelledby", chapter.id() + "-fachinputs");
            inputs.appendElement("h2").id(chapter.id() + "-fachinputs").text(heading);
        });
        Element list = inputs.appendElement("ul");
        for (Input input : chapter.session().inputs()) {
            Element item = list.appendElement("li");
            Element title = item.appendElement("p").addClass("input-title").text(input.untitled()
                    ? chapter.session().kind().label() + " " + msg.get("session.by") + " " + speakers(input.speakers())
                    : input.title());
            chapter.chapterOf(input).ifPresent(sub -> title.appendText(" ").appendElement("a")
                    .attr("href", "#" + VolumePlan.titleOf(sub.id())).text(msg.get("volume.seeBelow")));
            if (!input.speakers().isEmpty() && !input.untitled()) {
                item.appendElement("p").text(msg.get("session.by") + " " + speakers(input.speakers()));
            }
        }
    }

    private Doc contributors() {
        String file = "contributors.xhtml";
        String titleId = VolumePlan.titleOf(VolumePlan.CONTRIBUTORS);
        Xhtml xhtml = new Xhtml(site.language(), msg.get("volume.contributors"));
        Element section = xhtml.body().appendElement("section").attr("epub:type", "index")
                .attr("role", "doc-index").attr("aria-labelledby", titleId);
        layout.pageOf(titleId).ifPresent(p -> markers.upTo(p, file).forEach(section::appendChild));
        section.appendElement("h1").id(titleId).text(msg.get("volume.contributors"));
        section.appendElement("p").text(msg.get("volume.contributorsNote"));
        index(section, "volume.persons", plan.persons());
        index(section, "volume.organisations", plan.organisations());
        return new Doc(file, xhtml, List.of(new TocEntry(file + "#" + titleId, msg.get("volume.contributors"), 1)));
    }

    /** Each contributor with the printed pages that name them, each a link to where that page begins here. */
    private void index(Element section, String heading, List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        section.appendElement("h2").text(msg.get(heading));
        Element list = section.appendElement("ul").addClass("index");
        for (Person person : people) {
            Element item = list.appendElement("li");
            item.appendElement("span").addClass("name").text(person.name());
            person.role().ifPresent(r -> item.appendText(", " + r));
            List<String> labels = pagesOf(person.id());
            if (!labels.isEmpty()) {
                item.appendText(": " + msg.get("volume.pagesShort") + " ");
                for (int i = 0; i < labels.size(); i++) {
                    String label = labels.get(i);
                    if (i > 0) {
                        item.appendText(", ");
                    }
                    markers.of(label).ifPresentOrElse(mark -> item.appendElement("a").attr("href", mark.href())
                            .text(label), () -> item.appendText(label));
                }
            }
        }
    }

    private List<String> pagesOf(String personId) {
        Map<Integer, String> pages = new TreeMap<>();
        layout.pages().personOfMark().forEach((mark, person) -> {
            Integer index = layout.pages().pageOfId().get(mark);
            if (person.equals(personId) && index != null) {
                pages.put(index, layout.pages().label(index));
            }
        });
        Set<String> distinct = new LinkedHashSet<>(pages.values());
        return List.copyOf(distinct);
    }

    private void online(Element parent, String url) {
        Element p = parent.appendElement("p").addClass("online").text(msg.get("volume.online") + " ");
        p.appendElement("a").attr("href", url).text(url);
    }

    /**
     * The files attached to what this part holds ({@code documents:}), as the printed volume names them after its
     * online address, but linked: they are not in the EPUB (EPUB 3 has no core media type for PDF, DOCX, PPTX, and
     * a reading system could not open them), so each leads to where the archive publishes it.
     */
    private void documents(Element parent, List<Attachment> documents) {
        if (documents.isEmpty()) {
            return;
        }
        parent.appendElement("p").addClass("online documents-online").text(msg.get("volume.documents"));
        documentList(parent, documents);
    }

    private void documentList(Element parent, List<Attachment> documents) {
        Element list = parent.appendElement("ul").addClass("documents");
        for (Attachment document : documents) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", site.baseUrl() + RelativeUrls.encodedPath(document.sitePath()))
                    .attr("type", document.mediaType()).text(document.title());
            item.appendText(" (" + document.format() + ", " + Formats.forText(msg.locale()).bytes(document.byteSize())
                    + document.pages().map(n -> ", " + (n == 1 ? msg.get("documents.page")
                    : msg.get("documents.pages").replace("{0}", String.valueOf(n)))).orElse("") + ")");
        }
    }

    private static Element item(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        return dl.appendElement("dd").text(value);
    }

    private String names(List<Person> people) {
        return join(people.stream().map(Person::name).toList());
    }

    private String speakers(List<Speaker> speakers) {
        return join(speakers.stream().map(s -> speaker(s, true)).toList());
    }

    private static String speaker(Speaker s, boolean withRole) {
        return s.person().name() + (withRole ? s.role().map(r -> ", " + r).orElse("") : "")
                + s.organisation().map(o -> ", " + o.name()).orElse("");
    }

    private String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg.get("session.and") + " "
                + parts.get(parts.size() - 1);
    }

    private String dates(EventRecord record) {
        return Formats.forText(msg.locale()).dates(record);
    }
}
