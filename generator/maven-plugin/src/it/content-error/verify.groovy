String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("2024-fehler/beitrag.md:4: error: unknown person id 'jana-kuhn'. Fix: did you mean 'jana-kuehn'?")
assert log.contains('1 error(s) in')
assert !new File(basedir, 'site').exists() : 'a failed build must not write site/'
return true
