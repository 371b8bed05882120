/** Core service. Parameters and results are non-null unless documented otherwise. */
package dev.ltxflux.core.service;
