/** Where a run is and the PUE it applies: a given one, its facility's, or its location's default ({@link io.wattprint.run.site.RunSite}). */
package io.wattprint.run.site;
