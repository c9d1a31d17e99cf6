package org.tripartite.lesson.check;

import java.util.Map;
import org.tripartite.engine.network.KnockoutExperiment;
import org.tripartite.engine.network.KnockoutResult;
import org.tripartite.engine.param.ParameterValues;
import org.tripartite.engine.run.RunMonitor;
import org.tripartite.lesson.model.LessonModels;

/**
 * {@code knockout.normRatio}: the output norm with {@code 2 · tokens} stored tokens divided by the
 * norm with {@code tokens} (the first half being the same tokens), for the blocked or the working
 * astrocyte as {@code blocked} selects. The knock-out experiment measures at powers of two, so
 * {@code tokens} must be one.
 */
final class NormRatio implements Measure {

    @Override
    public Expected evaluate(Map<String, String> parameters, RunMonitor monitor) {
        ParameterValues values = ParameterValues.parseStrict(LessonModels.KNOCKOUT_SPECS, parameters);
        int tokens = values.getInt("tokens");
        if (Integer.bitCount(tokens) != 1) {
            throw new IllegalArgumentException("tokens must be a power of two, got " + tokens);
        }
        ParameterValues doubled = values.with("tokens", 2 * tokens);
        KnockoutResult result = new KnockoutExperiment().run(LessonModels.knockoutParams(doubled), monitor);
        boolean blocked = values.getBoolean("blocked");
        return new Expected.Number(norm(result, 2 * tokens, blocked) / norm(result, tokens, blocked));
    }

    private static double norm(KnockoutResult result, int tokens, boolean blocked) {
        KnockoutResult.Row row = result.rows().stream().filter(r -> r.tokens() == tokens).findFirst().orElseThrow();
        return blocked ? row.blockedNorm() : row.astrocyteNorm();
    }
}
