package de.tagungsband.markdown;

import de.tagungsband.source.ContentSources;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What links and images in a body may point to.
 *
 * @param pageBySource page path of each record in the build
 * @param drafts records left out as drafts, for a clearer message
 * @param sitePathOfFile where a content file (an image) is placed in the site
 */
public record LinkTargets(ContentSources sources, Map<Path, String> pageBySource, Set<Path> drafts,
                          Function<Path, String> sitePathOfFile) {
}
