package jp.sukedachi.engagement.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.sukedachi.platform.PlainText;

/**
 * The SME's rating of the work, and the addressed plan items it agrees to mark done.
 *
 * @param rating 1 to 5
 * @param markDone items of the report the SME agrees are done now
 */
public record RatingInput(
    @NotNull(message = "{engagement.rating.range}") @Min(value = 1, message = "{engagement.rating.range}")
        @Max(value = 5, message = "{engagement.rating.range}") Integer rating,
    @Size(max = 1000, message = "{engagement.comment.size}") @PlainText String comment,
    List<String> markDone) {}
