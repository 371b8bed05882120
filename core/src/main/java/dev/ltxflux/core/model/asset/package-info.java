/** Domain model: asset. Values are non-null unless an accessor returns Optional. */
package dev.ltxflux.core.model.asset;
