/** Domain model: job. Values are non-null unless an accessor returns Optional. */
package dev.ltxflux.core.model.job;
