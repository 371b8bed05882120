/** Typed, unchecked errors. Nothing here is null unless a method says so. */
package dev.ltxflux.core.error;
