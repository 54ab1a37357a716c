package jp.sukedachi.guidance.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.assessment.domain.ItAsset;

/** What the risk model needs from a list of IT assets: counts by type, unsupported and exposed groups. */
public record AssetSummary(Map<String, Integer> counts, int unsupportedGroups, int internetFacingGroups) {

  public static AssetSummary of(List<ItAsset.Details> assets) {
    Map<String, Integer> counts = new HashMap<>();
    int unsupported = 0;
    int exposed = 0;
    for (ItAsset.Details d : assets) {
      counts.merge(d.type().name(), d.count(), Integer::sum);
      unsupported += d.vendorSupported() ? 0 : 1;
      exposed += d.internetFacing() ? 1 : 0;
    }
    return new AssetSummary(Map.copyOf(counts), unsupported, exposed);
  }
}
