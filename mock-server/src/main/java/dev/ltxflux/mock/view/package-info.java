/**
 * What the mock's admin API and dashboard show, as records: the one Jackson mapping ({@link dev.ltxflux.mock.view.ViewJson})
 * that the mock writes and {@code LtxMockAdmin} reads. Views are made from the state, never the other way round; the
 * {@link dev.ltxflux.mock.view.Redactor} keeps every secret out of them.
 */
package dev.ltxflux.mock.view;
