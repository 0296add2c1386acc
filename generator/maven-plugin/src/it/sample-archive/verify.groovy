// Checks what the four runs of invoker.properties left behind: two new records, and a site built from the project.
import java.nio.file.Files

File content = new File(basedir, 'content')
File event = new File(content, '2026-bruecken-bauen-fachtag-2026/event.md')
File session = new File(content, '2024-uebergaenge-gestalten/uebergaenge-in-ausbildung-und-arbeit.md')
assert event.isFile() : "tagungsband:new@neuer-fachtag did not write $event"
assert event.getText('UTF-8').contains('title: "Brücken bauen: Fachtag 2026"')
assert event.getText('UTF-8').contains('date: 2026-05-12')
assert session.isFile() : "tagungsband:new@neuer-beitrag did not write $session"
assert session.getText('UTF-8').contains('\norder: 2\n') : 'the new session should take the next free order'
assert session.getText('UTF-8').contains('\ndraft: true\n')

File site = new File(basedir, 'site')
File home = new File(site, 'index.html')
assert home.isFile() : 'tagungsband:build wrote no site/index.html'
assert home.getText('UTF-8').contains('<title>Beispielarchiv</title>')
File page = new File(site, '2024/uebergaenge-gestalten/schule-und-beruf/index.html')
assert page.isFile()
String html = page.getText('UTF-8')
assert html.contains('<h1>Von der Schule in den Beruf</h1>') || html =~ /<h1[^>]*>Von der Schule in den Beruf<\/h1>/
assert html.contains('Jana Kühn')
assert new File(site, '2024/uebergaenge-gestalten/images/weg.svg').isFile() : 'the image was not copied'
assert new File(site, 'assets/style.css').isFile() : 'the built-in templates were not used'
assert new File(site, '2026/bruecken-bauen-fachtag-2026/index.html').isFile() : 'the new event has no page'
assert !new File(site, '2024/uebergaenge-gestalten/uebergaenge-in-ausbildung-und-arbeit').exists() : 'a draft was published'
Files.walk(site.toPath()).filter { it.toString().endsWith('.html') }.each {
    assert !it.toFile().getText('UTF-8').contains('_tagungsband') : "$it contains the preview's reload script"
}

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('4 Texte in') && log.contains('geprüft: keine Fehler')
assert log =~ /\d+ Seiten aus 4 Texten/
return true
