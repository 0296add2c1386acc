String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("2024-fehler/beitrag.md:4: Fehler: ") && log.contains('„jana-kuhn“ steht nicht in people.yaml') && log.contains('meinten Sie „jana-kuehn“?')
assert log.contains('1 Fehler, ')
assert !new File(basedir, 'site').exists() : 'a failed build must not write site/'
return true
