package jp.sukedachi.account.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.sukedachi.platform.PlainText;

/** What a person gives to open an account. ADMIN cannot be chosen here. */
public record SignUp(
    @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.invalid}")
        String email,
    @NotNull(message = "{account.password.size}")
        @Size(min = 10, max = 128, message = "{account.password.size}")
        String password,
    @NotBlank(message = "{account.displayName.required}")
        @Size(max = 100, message = "{account.displayName.size}")
        @PlainText
        String displayName,
    @NotNull(message = "{account.role.invalid}")
        @Pattern(regexp = "SME|EXPERT|PROVIDER", message = "{account.role.invalid}")
        String role) {}
