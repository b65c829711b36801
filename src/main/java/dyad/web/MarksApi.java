package dyad.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.accountability.Decision;
import dyad.accountability.DemandState;
import dyad.accountability.LetterService;
import dyad.accountability.LetterState;
import dyad.accountability.Mark;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code POST /api/letters/{id}/marks}: a person corrects a letter by hand (its state, a demand's
 * state, a reply or evidence linked or unlinked). The correction goes to the append-only audit
 * log with who, when (the server's clock) and why; automatic tracking never overrides it. The body
 * is JSON of at most {@link WebServer#MAX_REQUEST_BYTES}. Who decides is the holder of the request's
 * token, or on loopback without one, the body's {@code who} ({@link RequestGuard} decides which requests may write).
 */
final class MarksApi {

    static final int MAX_WHO = 200;
    static final int MAX_WHY = 2000;

    private final Supplier<LetterService> letters;
    private final ObjectMapper json = strict(WebJson.mapper());

    MarksApi(Supplier<LetterService> letters) {
        this.letters = letters;
    }

    void register(RouteTable routes) {
        routes.apiPost("/api/letters/{id}/marks", this::mark);
    }

    /**
     * The body: exactly one of {@code state} (with {@code demand} for a demand's), {@code linkReply},
     * {@code unlinkReply}, {@code linkEvidence}, {@code unlinkEvidence} (with {@code demand}), {@code settle}
     * (the number of a decision that needs a person); {@code who},
     * {@code why}; {@code on} the day from which it holds (default today).
     */
    record MarkRequest(String state, Integer demand, String linkReply, String unlinkReply, String linkEvidence,
                       String unlinkEvidence, Integer settle, String who, String why, LocalDate on) {
    }

    /** The body's fields and what each must be, as a refusal says. */
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent c : MarkRequest.class.getRecordComponents()) {
            fields.put(c.getName(), c.getType() == Integer.class ? "a whole number"
                    : c.getType() == LocalDate.class ? "a date YYYY-MM-DD" : "text");
        }
        return Collections.unmodifiableMap(fields);
    }

    record Marked(LetterViews.DecisionView decision, LetterViews.Summary letter) {
    }

    private void mark(Context ctx) {
        // Browsers send cross-site forms as text/plain or form data without asking first; JSON needs their preflight, which is never granted.
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "the body must be JSON (Content-Type: application/json)");
        }
        MarkRequest body = parse(ctx.body());
        String id = ctx.pathParam("id");
        LetterService service = letters.get();
        Mark mark = mark(id, body, Credentials.holder(ctx).orElse(null));
        // A letter is known from its sending day on; a correction may hold from a later day than today.
        if (service.letter(id, null).isEmpty() && (body.on() == null || service.letter(id, body.on()).isEmpty())) {
            throw new NotFound("no tracked letter " + Shown.quoted(id) + "; /api/letters lists them");
        }
        Decision decision;
        try {
            decision = service.mark(mark);
        } catch (IllegalArgumentException e) {
            throw new BadParameter(field(body, e.getMessage()), e.getMessage());
        }
        LetterViews.Summary letter = service.letter(id, null).map(LetterViews.Summary::of).orElse(null);
        ctx.json(new Marked(LetterViews.DecisionView.of(decision), letter));
    }

    private MarkRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw new BadParameter("body", "a JSON object is needed, such as {\"state\": \"replied\", \"who\": \"…\", \"why\": \"…\"}");
        }
        MarkRequest r;
        try {
            r = json.readValue(body, MarkRequest.class);
        } catch (JsonProcessingException e) {
            throw JsonProblem.of(e, FIELDS);
        }
        if (r == null) {
            throw new BadParameter("body", "a JSON object is needed, got null");
        }
        return r;
    }

    /** No field but the body's, no number cut to a whole one, no date but YYYY-MM-DD (not a count of days). */
    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * Checks the fields, naming the one that is wrong, and builds the correction. With a token, its
     * holder is who decides: {@code who} may be left out, and if given must name the holder.
     */
    private static Mark mark(String id, MarkRequest b, String holder) {
        String who = holder == null ? required("who", b.who(), MAX_WHO) : holder;
        if (holder != null && b.who() != null && !b.who().strip().equals(holder)) {
            throw new BadParameter("who", "the token is " + Shown.quoted(holder) + "'s; leave who out or give that name");
        }
        String why = required("why", b.why(), MAX_WHY);
        List<String> given = new ArrayList<>();
        for (String[] f : new String[][] {{"state", b.state()}, {"linkReply", b.linkReply()}, {"unlinkReply", b.unlinkReply()},
                {"linkEvidence", b.linkEvidence()}, {"unlinkEvidence", b.unlinkEvidence()},
                {"settle", b.settle() == null ? null : String.valueOf(b.settle())}}) {
            if (f[1] != null) {
                given.add(f[0]);
            }
        }
        if (given.size() != 1) {
            throw new BadParameter(given.isEmpty() ? "state" : given.get(1), "give exactly one of state, linkReply,"
                    + " unlinkReply, linkEvidence, unlinkEvidence, settle"
                    + (given.isEmpty() ? "" : "; got " + String.join(", ", given)));
        }
        if (b.demand() != null && b.demand() < 1) {
            throw new BadParameter("demand", "must be a demand number from 1, got " + b.demand());
        }
        String action = given.get(0);
        boolean aboutDemand = action.endsWith("Evidence") || action.equals("state") && b.demand() != null;
        if (action.endsWith("Evidence") && b.demand() == null) {
            throw new BadParameter("demand", action + " needs the demand's number");
        }
        if ((action.endsWith("Reply") || action.equals("settle")) && b.demand() != null) {
            throw new BadParameter("demand", action + " is about the letter, not a demand");
        }
        String value = required(action, switch (action) {
            case "state" -> b.state();
            case "linkReply" -> b.linkReply();
            case "unlinkReply" -> b.unlinkReply();
            case "linkEvidence" -> b.linkEvidence();
            case "settle" -> String.valueOf(b.settle());
            default -> b.unlinkEvidence();
        }, Params.MAX_TEXT);
        if (action.equals("state") && !value.equals(Decision.AUTO)) {
            try {
                if (aboutDemand) {
                    DemandState.parse(value);
                } else {
                    LetterState.parse(value);
                }
            } catch (IllegalArgumentException e) {
                throw new BadParameter("state", e.getMessage() + " or auto");
            }
        }
        Decision.Action kind = switch (action) {
            case "state" -> aboutDemand ? Decision.Action.DEMAND_STATE : Decision.Action.LETTER_STATE;
            case "linkReply" -> Decision.Action.LINK_REPLY;
            case "unlinkReply" -> Decision.Action.UNLINK_REPLY;
            case "linkEvidence" -> Decision.Action.LINK_EVIDENCE;
            case "settle" -> Decision.Action.SETTLE;
            default -> Decision.Action.UNLINK_EVIDENCE;
        };
        return new Mark(id, kind, b.demand(), value, b.on(), who, why);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BadParameter(field, "is required and must not be blank");
        }
        if (value.length() > max) {
            throw new BadParameter(field, "must be at most " + max + " characters, got " + value.length());
        }
        return value.trim();
    }

    /** Which field the service's complaint is about: the demand's number, or else the value of the action. */
    private static String field(MarkRequest b, String message) {
        if (b.demand() != null && message.contains("demand " + b.demand())) {
            return "demand";
        }
        if (b.state() != null) {
            return "state";
        }
        return b.settle() != null ? "settle" : b.linkReply() != null ? "linkReply" : b.unlinkReply() != null ? "unlinkReply"
                : b.linkEvidence() != null ? "linkEvidence" : "unlinkEvidence";
    }
}
