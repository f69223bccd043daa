// Items, their images, decisions and the leased review queue: what annotators' clients
// and pipelines that fetch labels call.
#include "routes.h"

#include "imagesource.h"
#include "jsonfields.h"
#include "posixfile.h"
#include "projectmodels.h"
#include "projectstatus.h"
#include "reports.h"
#include "routehelpers.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <filesystem>

namespace triage::server {
namespace {

constexpr int64_t kDefaultPageSize = 100;
constexpr int64_t kMaxPageSize = 1000;
constexpr int64_t kDefaultLeaseSeconds = 300;
constexpr int64_t kMaxLeaseSeconds = 3600;
constexpr int64_t kMaxLeaseCount = 100;

std::optional<int64_t> classIdByName(const ProjectStore &store, const std::string &name)
{
    const auto c = store.classByName(name);
    return c ? std::optional<int64_t>(c->id) : std::nullopt;
}

Error unknownClass(const ProjectStore &store, const std::string &name)
{
    std::string names;
    for (const auto &c : store.classes()) {
        names += (names.empty() ? "" : ", ") + c.name;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "'" + name + "' is not a class of this project (" + names + ")");
}

ApiResponse listItems(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    ItemFilter filter;
    if (const auto it = request.query.find("state"); it != request.query.end()) {
        filter.state = itemStateFromString(it->second);
        if (!filter.state) {
            return errorResponse(400, "invalid_argument",
                                 "state is unlabeled, queued, auto-accepted, human-labeled, "
                                 "failed or removed, not '" + it->second + "'");
        }
    }
    if (const auto it = request.query.find("label"); it != request.query.end()) {
        filter.classId = classIdByName(store, it->second);
        if (!filter.classId) {
            return errorResponse(unknownClass(store, it->second));
        }
    }
    auto limit = integerParam(request.query, "limit", kDefaultPageSize, 1, kMaxPageSize);
    auto after = integerParam(request.query, "cursor", 0, 0, std::numeric_limits<int64_t>::max());
    if (!limit || !after) {
        return errorResponse(!limit ? limit.error() : after.error());
    }
    filter.afterId = *after;
    filter.limit = *limit + 1;  // one more tells whether there is a next page
    auto rows = store.items().list(filter);
    if (!rows) {
        return errorResponse(rows.error());
    }
    const bool more = int64_t(rows->size()) > *limit;
    if (more) {
        rows->pop_back();
    }
    JsonWriter json;
    json.beginObject().beginArray("items");
    for (const auto &row : *rows) {
        json.beginObject();
        writeItem(json, row, store.classes());
        json.endObject();
    }
    json.endArray();
    if (more) {
        json.field("next_cursor", std::to_string(rows->back().id));
    } else {
        json.nullField("next_cursor");
    }
    return jsonResponse(json.endObject().text());
}

Result<ItemRow> existingItem(ProjectStore &store, int64_t id)
{
    const int64_t ids[] = {id};
    auto rows = store.items().rows(ids);
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return makeError(ErrorCode::NotFound, "no item " + std::to_string(id));
    }
    return rows->front();
}

void writeProbabilities(JsonWriter &json, const std::string &key, const std::vector<float> &p,
                        const std::vector<ClassInfo> &classes)
{
    json.beginObject(key);
    for (const auto &c : classes) {
        if (size_t(c.position) < p.size()) {
            json.floatField(c.name, p[size_t(c.position)]);
        }
    }
    json.endObject();
}

std::string nameOf(const std::vector<ClassInfo> &classes, std::optional<int64_t> id)
{
    for (const auto &c : classes) {
        if (id && c.id == *id) {
            return c.name;
        }
    }
    return "";
}

ApiResponse getItem(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto id = idParam(request);
    if (!id) {
        return errorResponse(id.error());
    }
    auto item = existingItem(store, *id);
    auto log = store.decisions().log(*id);
    auto predicted = store.predictions().latestFor(*id);
    auto modelVotes = store.projectModels().votesFor(*id);
    auto lfVotes = store.labelingFunctions().votesFor(*id);
    auto lease = store.leases().holderOf(*id, epochSeconds());
    for (const Error *e : {item ? nullptr : &item.error(), log ? nullptr : &log.error(),
                           predicted ? nullptr : &predicted.error(),
                           modelVotes ? nullptr : &modelVotes.error(),
                           lfVotes ? nullptr : &lfVotes.error(), lease ? nullptr : &lease.error()}) {
        if (e) {
            return errorResponse(*e);
        }
    }
    const auto &classes = store.classes();
    JsonWriter json;
    json.beginObject();
    writeItem(json, *item, classes);
    json.beginArray("decisions");
    for (const auto &d : *log) {
        json.beginObject().field("id", d.id).field("kind", std::string(toText(d.kind)));
        json.field("source", d.source == DecisionSource::Human ? "human" : "import");
        if (d.classId) {
            json.field("label", nameOf(classes, d.classId));
        }
        json.field("annotator", d.annotator).field("decided_at", d.decidedAt);
        json.field("seconds_spent", d.secondsSpent);
        if (d.suggestedClassId) {
            json.field("suggested_label", nameOf(classes, d.suggestedClassId));
        }
        if (d.undoesDecisionId) {
            json.field("undoes", *d.undoesDecisionId);
        }
        json.endObject();
    }
    json.endArray();
    if (*predicted) {
        writeProbabilities(json, "prediction", **predicted, classes);
    } else {
        json.nullField("prediction");
    }
    json.beginArray("model_votes");
    for (const auto &vote : *modelVotes) {
        json.beginObject().field("model", vote.model);
        writeProbabilities(json, "probabilities", vote.probabilities, classes);
        json.endObject();
    }
    json.endArray().beginArray("lf_votes");
    for (const auto &vote : *lfVotes) {
        json.beginObject().field("function", vote.lf).field("label", nameOf(classes, vote.classId));
        json.endObject();
    }
    json.endArray();
    if (*lease) {
        json.beginObject("lease").field("holder", (*lease)->holder);
        json.field("expires_at", isoFromEpoch((*lease)->expiresAt)).endObject();
    } else {
        json.nullField("lease");
    }
    return jsonResponse(json.endObject().text());
}

// "FILE#N": record N of an IDX file, as the importer names them.
bool looksLikeIdxRecord(const std::string &path)
{
    const size_t hash = path.rfind('#');
    return hash != std::string::npos && hash + 1 < path.size() &&
           std::all_of(path.begin() + long(hash) + 1, path.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

std::string contentTypeOf(const std::vector<uint8_t> &bytes)
{
    static const uint8_t png[] = {0x89, 'P', 'N', 'G'};
    if (bytes.size() >= 4 && std::equal(png, png + 4, bytes.begin())) {
        return "image/png";
    }
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) {
        return "image/jpeg";
    }
    return "application/octet-stream";
}

ApiResponse getImage(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto id = idParam(request);
    if (!id) {
        return errorResponse(id.error());
    }
    auto item = existingItem(store, *id);
    if (!item) {
        return errorResponse(item.error());
    }
    // A record of an IDX file ("FILE#N") has no file of its own: it is sent as PNG.
    std::error_code ec;
    if (looksLikeIdxRecord(item->path) && !std::filesystem::exists(item->path, ec)) {
        auto limit = store.settings().pixelLimit();
        if (!limit) {
            return errorResponse(limit.error());
        }
        auto decoded = imageSourceFor(*limit)->load(item->path);
        if (!decoded) {
            return errorResponse(404, "image_unavailable", decoded.error().message);
        }
        std::vector<uint8_t> png;
        cv::imencode(".png", decoded->pixels, png);
        return ApiResponse{200, "image/png", std::string(png.begin(), png.end()), {}, {}};
    }
    auto bytes = readRegularFile(item->path, kMaxImageFileBytes);
    if (!bytes) {
        return errorResponse(404, "image_unavailable",
                             "item " + std::to_string(*id) + "'s image: " + bytes.error().message);
    }
    return ApiResponse{200, contentTypeOf(*bytes), std::string(bytes->begin(), bytes->end()), {},
                       {}};
}

// The holder a lease is recorded for: the token's name.
Result<void> checkLease(ProjectStore &store, int64_t itemId, const std::string &caller)
{
    auto lease = store.leases().holderOf(itemId, epochSeconds());
    if (!lease) {
        return lease.error();
    }
    if (*lease && (*lease)->holder != caller) {
        return makeError(ErrorCode::AlreadyExists,
                         "item " + std::to_string(itemId) + " is leased to " + (*lease)->holder +
                             " until " + isoFromEpoch((*lease)->expiresAt));
    }
    return {};
}

struct DecisionBody {
    std::string action;  // label, skip, undo
    std::optional<int64_t> classId;
    std::optional<int64_t> suggestedClassId;
    double secondsSpent = 0;
};

Result<DecisionBody> readDecisionBody(ProjectStore &store, const JsonValue &body)
{
    JsonFields fields(body, "decision");
    TRIAGE_TRY(fields.onlyKnown({"action", "label", "suggested_label", "seconds_spent"}));
    auto action = fields.text("action");
    auto label = fields.text("label");
    auto suggested = fields.text("suggested_label");
    auto seconds = fields.number("seconds_spent");
    for (const Error *e : {action ? nullptr : &action.error(), label ? nullptr : &label.error(),
                           suggested ? nullptr : &suggested.error(),
                           seconds ? nullptr : &seconds.error()}) {
        if (e) {
            return *e;
        }
    }
    DecisionBody d;
    d.action = action->value_or(*label ? "label" : "");
    if (d.action != "label" && d.action != "skip" && d.action != "undo") {
        return makeError(ErrorCode::InvalidArgument,
                         "decision: action is label, skip or undo" +
                             (d.action.empty() ? std::string(" (or give a label)")
                                               : ", not '" + d.action + "'"));
    }
    if (d.action == "label") {
        if (!*label) {
            return makeError(ErrorCode::InvalidArgument, "decision: a label action needs \"label\"");
        }
        d.classId = classIdByName(store, **label);
        if (!d.classId) {
            return unknownClass(store, **label);
        }
    } else if (*label) {
        return makeError(ErrorCode::InvalidArgument,
                         "decision: \"label\" goes with the label action, not " + d.action);
    }
    if (*suggested) {
        d.suggestedClassId = classIdByName(store, **suggested);
        if (!d.suggestedClassId) {
            return unknownClass(store, **suggested);
        }
    }
    d.secondsSpent = seconds->value_or(0);
    if (!(d.secondsSpent >= 0 && d.secondsSpent <= 86400)) {
        return makeError(ErrorCode::InvalidArgument,
                         "decision: seconds_spent is from 0 to 86400");
    }
    return d;
}

ApiResponse postDecision(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto id = idParam(request);
    auto body = bodyObject(request);
    if (!id || !body) {
        return errorResponse(!id ? id.error() : body.error());
    }
    auto decision = readDecisionBody(store, *body);
    if (!decision) {
        return errorResponse(decision.error());
    }
    const std::string &annotator = request.caller->name;
    int64_t decisionId = 0;
    auto writing = ctx.reviewWriteTurn();
    // The lease check, the decision and the lease's release commit together; other
    // annotators' decisions on other items go on meanwhile (WriteScope::Items).
    auto done = store.unitOfWork([&]() -> Result<void> {
        auto item = existingItem(store, *id);
        if (!item) {
            return item.error();
        }
        TRIAGE_TRY(checkLease(store, *id, annotator));
        Result<int64_t> recorded =
            decision->action == "undo"
                ? store.decisions().undoLatest(*id, annotator)
                : store.decisions().record(DecisionInput{
                      *id, decision->action == "skip" ? DecisionKind::Skip : DecisionKind::Label,
                      decision->classId, annotator, decision->secondsSpent,
                      decision->suggestedClassId});
        if (!recorded) {
            return recorded.error();
        }
        decisionId = *recorded;
        return store.leases().release(*id);
    }, WriteScope::Items);
    if (writing.owns_lock()) {
        writing.unlock();
    }
    if (!done) {
        if (done.error().code == ErrorCode::AlreadyExists) {
            return errorResponse(409, "leased", done.error().message);
        }
        return errorResponse(done.error());
    }
    auto item = existingItem(store, *id);
    if (!item) {
        return errorResponse(item.error());
    }
    JsonWriter json;
    json.beginObject().field("decision_id", decisionId).beginObject("item");
    writeItem(json, *item, store.classes());
    return jsonResponse(json.endObject().endObject().text(), 201);
}

ApiResponse leaseQueue(ServerContext &ctx, const ApiRequest &request)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto body = bodyObject(request);
    if (!body) {
        return errorResponse(body.error());
    }
    JsonFields fields(*body, "lease");
    if (auto known = fields.onlyKnown({"count", "lease_seconds"}); !known) {
        return errorResponse(known.error());
    }
    auto count = fields.integer("count", 1, int(kMaxLeaseCount));
    auto seconds = fields.integer("lease_seconds", 1, int(kMaxLeaseSeconds));
    if (!count || !seconds) {
        return errorResponse(!count ? count.error() : seconds.error());
    }
    const double now = epochSeconds();
    const double expires = now + double(seconds->value_or(int(kDefaultLeaseSeconds)));
    auto ids = [&] {
        auto writing = ctx.reviewWriteTurn();
        return store.leases().leaseNext(request.caller->name, count->value_or(1), now, expires);
    }();
    if (!ids) {
        return errorResponse(ids.error());
    }
    auto rows = store.items().rows(*ids);
    if (!rows) {
        return errorResponse(rows.error());
    }
    JsonWriter json;
    json.beginObject().field("holder", request.caller->name);
    json.field("expires_at", isoFromEpoch(expires)).beginArray("items");
    for (const auto &row : *rows) {
        json.beginObject();
        writeItem(json, row, store.classes());
        json.endObject();
    }
    return jsonResponse(json.endArray().endObject().text());
}

ApiResponse queueState(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto length = store.items().reviewQueueLength();
    auto leased = store.leases().liveCount(epochSeconds());
    if (!length || !leased) {
        return errorResponse(!length ? length.error() : leased.error());
    }
    JsonWriter json;
    json.beginObject().field("length", *length).field("leased", *leased).endObject();
    return jsonResponse(json.text());
}

ApiResponse projectStatus(ServerContext &ctx, const ApiRequest &)
{
    TRIAGE_STORE_OR_RESPOND(store, ctx);
    auto status = readProjectStatus(store);
    if (!status) {
        return errorResponse(status.error());
    }
    return jsonResponse(describe(*status).json);
}

}  // namespace

std::vector<Route> itemRoutes(ServerContext &ctx)
{
    using R = const ApiRequest &;
    const auto annotator = TokenRole::Annotator;
    return {
        {"GET", "/v1/items", annotator, [&ctx](R r) { return listItems(ctx, r); }},
        {"GET", "/v1/items/{id}", annotator, [&ctx](R r) { return getItem(ctx, r); }},
        {"GET", "/v1/items/{id}/image", annotator, [&ctx](R r) { return getImage(ctx, r); }},
        {"POST", "/v1/items/{id}/decisions", annotator,
         [&ctx](R r) { return postDecision(ctx, r); }},
        {"POST", "/v1/queue/lease", annotator, [&ctx](R r) { return leaseQueue(ctx, r); }},
        {"GET", "/v1/queue", annotator, [&ctx](R r) { return queueState(ctx, r); }},
        {"GET", "/v1/status", annotator, [&ctx](R r) { return projectStatus(ctx, r); }},
    };
}

}  // namespace triage::server
