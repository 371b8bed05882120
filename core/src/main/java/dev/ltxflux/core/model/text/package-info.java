/** Domain model: text rules shared by every other model package. Values are non-null unless an accessor returns Optional. */
package dev.ltxflux.core.model.text;
