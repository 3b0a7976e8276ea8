package org.ccioacademy.identity;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.util.List;
import java.util.Locale;

/**
 * What a checked ID token says about the person, read the way we trust it.
 *
 * <p>An email address is believed only when the provider says it verified it ({@code
 * email_verified: true}) or when the provider is configured as authoritative for the address's
 * domain (NHSmail for nhs.net: Microsoft Entra ID sends no {@code email_verified}, but only NHSmail
 * issues nhs.net accounts). For such a provider, {@code preferred_username} (Entra ID's sign-in
 * name, the NHSmail address) stands in when there is no {@code email} claim. Anything else is an
 * unverified claim and never links to an account.
 *
 * @param subject the provider's lasting id for the person ({@code sub})
 * @param email the address the provider gave, normalised, verified or not (null if none)
 * @param trustedEmail the address, when it can be believed; else null
 * @param fullName the person's name from {@code name}, or given and family names, else null
 * @param mfa whether the provider says it asked for more than one factor ({@code amr} has {@code
 *     mfa})
 */
public record SsoClaims(
    String subject, String email, String trustedEmail, String fullName, boolean mfa) {

  static SsoClaims read(IDTokenClaimsSet claims, OidcProvider provider) {
    String email = EmailAddress.normalise(claims.getStringClaim("email"));
    if (email == null && provider != null) {
      String username = EmailAddress.normalise(claims.getStringClaim("preferred_username"));
      if (username != null && provider.serves(EmailAddress.domain(username))) {
        email = username;
      }
    }
    if (email != null && EmailAddress.check(email).isPresent()) {
      email = null;
    }
    boolean verified = Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"));
    boolean authoritative = provider != null && provider.serves(EmailAddress.domain(email));
    String trusted = email != null && (verified || authoritative) ? email : null;
    return new SsoClaims(
        claims.getSubject().getValue(), email, trusted, fullName(claims), mfa(claims));
  }

  private static String fullName(IDTokenClaimsSet claims) {
    String name = claims.getStringClaim("name");
    if (name == null || name.isBlank()) {
      String given = claims.getStringClaim("given_name");
      String family = claims.getStringClaim("family_name");
      name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
    name = Names.normalise(name);
    return name == null || name.isEmpty() || Names.checkFullName(name).isPresent() ? null : name;
  }

  private static boolean mfa(IDTokenClaimsSet claims) {
    List<String> amr = claims.getStringListClaim("amr");
    return amr != null && amr.stream().anyMatch(a -> "mfa".equals(a.toLowerCase(Locale.ROOT)));
  }

  /** A name for a new account: the one given, else the address's part before the {@code @}. */
  String nameForAccount() {
    if (fullName != null) {
      return fullName;
    }
    String local = trustedEmail.substring(0, trustedEmail.indexOf('@'));
    String name = Names.normalise(local.replaceAll("[._-]+", " "));
    return Names.checkFullName(name).isPresent() ? "New trainee" : name;
  }
}
