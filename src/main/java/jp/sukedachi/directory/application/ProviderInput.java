package jp.sukedachi.directory.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.sukedachi.platform.PlainText;

/** A provider company as typed in the form or sent to the API; the 法人番号's check digit is checked by the service. */
public record ProviderInput(
    @NotBlank(message = "{provider.name.required}") @Size(max = 200, message = "{provider.name.size}") @PlainText
        String name,
    @NotBlank(message = "{provider.corporateNumber.required}") @Size(max = 40, message = "{provider.corporateNumber.invalid}")
        String corporateNumber,
    @NotBlank(message = "{provider.address.required}") @Size(max = 300, message = "{provider.address.size}") @PlainText
        String address,
    @NotBlank(message = "{provider.contactEmail.invalid}") @Email(message = "{provider.contactEmail.invalid}")
        @Size(max = 254, message = "{provider.contactEmail.invalid}")
        String contactEmail) {}
