/**
 * The LTX Studio accounts a useapi token holds ({@code accounts}): their settings and balance ({@link
 * dev.ltxflux.core.model.account.Account}), the cookie that registers one ({@link
 * dev.ltxflux.core.model.account.AccountCookie}, a secret never shown) and the request that creates or updates one
 * ({@link dev.ltxflux.core.model.account.AccountSetup}).
 */
package dev.ltxflux.core.model.account;
