package jp.sukedachi.assessment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.sukedachi.assessment.domain.ItAsset;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.platform.OneOf;
import jp.sukedachi.platform.PlainText;

/** A group of IT assets as typed, imported or sent to the API. */
public record ItAssetInput(
    @NotNull(message = "{asset.type.invalid}") @OneOf(value = ItAssetType.class, message = "{asset.type.invalid}")
        String type,
    @Size(max = 100, message = "{asset.label.size}") @PlainText String label,
    @NotNull(message = "{asset.count.range}") @Min(value = 1, message = "{asset.count.range}")
        @Max(value = 100_000, message = "{asset.count.range}")
        Integer count,
    @NotNull(message = "{asset.internetFacing.required}") Boolean internetFacing,
    @NotNull(message = "{asset.vendorSupported.required}") Boolean vendorSupported) {

  ItAsset.Details toDetails() {
    return new ItAsset.Details(ItAssetType.valueOf(type), label == null ? "" : label, count,
        internetFacing, vendorSupported);
  }
}
