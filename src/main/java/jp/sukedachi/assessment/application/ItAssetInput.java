package jp.sukedachi.assessment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.sukedachi.assessment.domain.ItAsset;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.platform.OneOf;
import jp.sukedachi.platform.PlainText;

/**
 * A group of IT assets as typed, imported or sent to the API.
 *
 * @param hosted whether a service provider runs it; null when not said (self-run). Cloud mail and
 *     SNS accounts are always hosted and devices never, whatever is said; a hosted group is never
 *     stored as internet-facing
 */
public record ItAssetInput(
    @NotNull(message = "{asset.type.invalid}") @OneOf(value = ItAssetType.class, message = "{asset.type.invalid}")
        String type,
    @Size(max = 100, message = "{asset.label.size}") @PlainText String label,
    @NotNull(message = "{asset.count.range}") @Min(value = 1, message = "{asset.count.range}")
        @Max(value = 100_000, message = "{asset.count.range}")
        Integer count,
    @NotNull(message = "{asset.internetFacing.required}") Boolean internetFacing,
    @NotNull(message = "{asset.vendorSupported.required}") Boolean vendorSupported,
    Boolean hosted) {

  /** A group whose hosting is not said: self-run unless its type is always a provider's. */
  public ItAssetInput(String type, String label, Integer count, Boolean internetFacing,
      Boolean vendorSupported) {
    this(type, label, count, internetFacing, vendorSupported, null);
  }

  ItAsset.Details toDetails() {
    ItAssetType t = ItAssetType.valueOf(type);
    return new ItAsset.Details(t, label == null ? "" : label, count, internetFacing,
        vendorSupported, t.hosted(hosted));
  }
}
