/** The API's scheduler as values: the jobs it runs now ({@code GET scheduler}). Results are non-null unless documented. */
package dev.ltxflux.core.model.scheduler;
