#include "sqlbackend.h"

#include "halffloat.h"
#include "numbertext.h"
#include "sqlquery.h"

#include <cstring>

namespace triage::sql {
namespace {

constexpr size_t kRowsPerTransaction = 4096;  // as for predictions: short write locks

std::string joinNumbers(const std::array<float, 3> &values)
{
    return formatNumber(values[0]) + ',' + formatNumber(values[1]) + ',' + formatNumber(values[2]);
}

std::array<float, 3> splitNumbers(const std::string &text)
{
    std::array<float, 3> values{};
    size_t begin = 0;
    for (float &value : values) {
        const size_t end = std::min(text.find(',', begin), text.size());
        value = float(parseNumber(text.substr(begin, end - begin)).value_or(0));
        begin = end + 1;
    }
    return values;
}

// "3,,5": output 0 votes class 3, output 1 abstains, output 2 votes class 5.
std::string joinClassMap(const std::vector<std::optional<int64_t>> &map)
{
    std::string text;
    for (size_t i = 0; i < map.size(); ++i) {
        text += (i ? "," : "") + (map[i] ? std::to_string(*map[i]) : std::string());
    }
    return text;
}

std::vector<std::optional<int64_t>> splitClassMap(const std::string &text, int outputs)
{
    std::vector<std::optional<int64_t>> map;
    if (text.empty() && outputs == 0) {
        return map;
    }
    size_t begin = 0;
    while (begin <= text.size()) {
        const size_t end = std::min(text.find(',', begin), text.size());
        map.push_back(parseInteger(text.substr(begin, end - begin)));
        begin = end + 1;
    }
    return map;
}

constexpr const char *kColumns =
    "SELECT m.id, m.name, m.kind, m.format, m.path, m.content_hash, m.input_width, "
    "m.input_height, m.channels, m.resize, m.scale, m.mean, m.std, m.outputs_logits, "
    "m.class_map, m.output_width, m.added_at, "
    "(SELECT COUNT(*) FROM model_outputs o WHERE o.model_id = m.id), m.output_name "
    "FROM project_models m";

ProjectModel readModel(const Statement &q)
{
    ProjectModel m;
    m.id = q.columnInt(0);
    m.name = q.columnText(1);
    m.kind = ModelKind(q.columnInt(2));
    m.format = modelFormatFromString(q.columnText(3)).value_or(ModelFormat::TorchScript);
    m.path = q.columnText(4);
    m.contentHash = q.columnText(5);
    m.spec.width = int(q.columnInt(6));
    m.spec.height = int(q.columnInt(7));
    m.spec.channels = ChannelOrder(q.columnInt(8));
    m.spec.resize = ResizeMode(q.columnInt(9));
    m.spec.scale = float(q.columnDouble(10));
    m.spec.mean = splitNumbers(q.columnText(11));
    m.spec.std = splitNumbers(q.columnText(12));
    m.spec.outputsAreLogits = q.columnInt(13) != 0;
    m.outputWidth = int(q.columnInt(15));
    m.classMap = m.kind == ModelKind::Classifier ? splitClassMap(q.columnText(14), m.outputWidth)
                                                 : std::vector<std::optional<int64_t>>{};
    m.addedAt = q.columnText(16);
    m.scoredItems = q.columnInt(17);
    m.outputName = q.columnText(18);
    return m;
}

}  // namespace

Result<int64_t> ProjectModels::add(const ProjectModelInput &model)
{
    TRIAGE_PREPARE(exists, m_c.db, "SELECT COUNT(*) FROM project_models WHERE name = ?");
    exists.bind(1, model.name);
    auto found = singleInteger(exists);
    if (!found) {
        return found.error();
    }
    if (*found > 0) {
        return makeError(ErrorCode::AlreadyExists,
                         "the project has a model called '" + model.name + "' already");
    }
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO project_models(name, kind, format, path, content_hash, "
                   "input_width, input_height, channels, resize, scale, mean, std, "
                   "outputs_logits, class_map, output_width, added_at, output_name) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    q.bind(1, model.name).bind(2, int64_t(model.kind)).bind(3, std::string(toText(model.format)));
    q.bind(4, model.path);
    q.bind(5, model.contentHash).bind(6, model.spec.width).bind(7, model.spec.height);
    q.bind(8, int64_t(model.spec.channels)).bind(9, int64_t(model.spec.resize));
    q.bind(10, double(model.spec.scale)).bind(11, joinNumbers(model.spec.mean));
    q.bind(12, joinNumbers(model.spec.std)).bind(13, int64_t(model.spec.outputsAreLogits));
    q.bind(14, joinClassMap(model.classMap)).bind(15, model.outputWidth);
    q.bind(16, utcNowIso8601()).bind(17, model.outputName);
    return insertedId(q);
}

Result<std::vector<ProjectModel>> ProjectModels::list()
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kColumns) + " ORDER BY m.id");
    return allRows(q, readModel);
}

Result<std::optional<ProjectModel>> ProjectModels::byName(const std::string &name)
{
    TRIAGE_PREPARE(q, m_c.db, std::string(kColumns) + " WHERE m.name = ?");
    q.bind(1, name);
    return firstRow(q, readModel);
}

Result<void> ProjectModels::remove(int64_t modelId)
{
    return inTransaction(m_c.db, [&]() -> Result<void> {
        TRIAGE_PREPARE(outputs, m_c.db, "DELETE FROM model_outputs WHERE model_id = ?");
        TRIAGE_TRY(outputs.bind(1, modelId).run());
        TRIAGE_PREPARE(model, m_c.db, "DELETE FROM project_models WHERE id = ?");
        return model.bind(1, modelId).run();
    });
}

Result<std::vector<ItemRow>> ProjectModels::unscoredItems(int64_t modelId, int64_t afterItemId,
                                                          int64_t limit, PoolShard shard)
{
    if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count) {
        return makeError(ErrorCode::InvalidArgument,
                         "shard " + std::to_string(shard.index) + " of " +
                             std::to_string(shard.count) + " does not exist");
    }
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT i.id, i.path, i.state FROM items i WHERE i.id > ? "
                   "AND i.state NOT IN (?, ?) AND i.id % ? = ? AND NOT EXISTS ("
                   "SELECT 1 FROM model_outputs o WHERE o.model_id = ? AND o.item_id = i.id) "
                   "ORDER BY i.id LIMIT ?");
    q.bind(1, afterItemId).bind(2, int64_t(ItemState::Failed)).bind(3, int64_t(ItemState::Removed));
    q.bind(4, shard.count).bind(5, shard.index).bind(6, modelId).bind(7, limit);
    return allRows(q, [](const Statement &r) {
        ItemRow row;
        row.id = r.columnInt(0);
        row.path = r.columnText(1);
        row.state = ItemState(r.columnInt(2));
        return row;
    });
}

Result<void> ProjectModels::storeOutputs(int64_t modelId, std::span<const int64_t> itemIds,
                                         std::span<const float> values)
{
    if (itemIds.empty()) {
        return {};
    }
    if (values.size() % itemIds.size() != 0) {
        return makeError(ErrorCode::InvalidArgument, "model outputs do not divide into rows");
    }
    const size_t width = values.size() / itemIds.size();
    TRIAGE_PREPARE(kind, m_c.db, "SELECT kind FROM project_models WHERE id = ?");
    kind.bind(1, modelId);
    auto modelKind = singleInteger(kind);
    if (!modelKind) {
        return modelKind.error();
    }
    // Embeddings as float16: half the bytes, precision enough for neighbours.
    const bool halves = ModelKind(*modelKind) == ModelKind::Embedder;
    TRIAGE_PREPARE(q, m_c.db,
                   "INSERT INTO model_outputs(model_id, item_id, output) VALUES(?, ?, ?) "
                   "ON CONFLICT(model_id, item_id) DO UPDATE SET output = excluded.output");
    for (size_t begin = 0; begin < itemIds.size(); begin += kRowsPerTransaction) {
        const size_t end = std::min(itemIds.size(), begin + kRowsPerTransaction);
        TRIAGE_TRY(inTransaction(m_c.db, [&]() -> Result<void> {
            for (size_t i = begin; i < end; ++i) {
                const auto row = values.subspan(i * width, width);
                q.bind(1, modelId).bind(2, itemIds[i]);
                if (halves) {
                    const auto half = toHalves(row);
                    q.bindBlob(3, {reinterpret_cast<const uint8_t *>(half.data()),
                                   half.size() * sizeof(uint16_t)});
                } else {
                    q.bindBlob(3,
                               {reinterpret_cast<const uint8_t *>(row.data()), row.size_bytes()});
                }
                TRIAGE_TRY(q.run());
            }
            return {};
        }));
    }
    return {};
}

namespace {

// A stored output row: float16 for embedders, float32 for classifiers.
std::vector<float> outputValues(std::span<const uint8_t> bytes, ModelKind kind)
{
    if (kind == ModelKind::Embedder) {
        std::vector<uint16_t> halves(bytes.size() / sizeof(uint16_t));
        std::memcpy(halves.data(), bytes.data(), halves.size() * sizeof(uint16_t));
        return fromHalves(halves);
    }
    std::vector<float> values(bytes.size() / sizeof(float));
    std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
    return values;
}

}  // namespace

Result<std::optional<std::vector<float>>> ProjectModels::output(int64_t modelId, int64_t itemId)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT o.output, m.kind FROM model_outputs o "
                   "JOIN project_models m ON m.id = o.model_id "
                   "WHERE o.model_id = ? AND o.item_id = ?");
    q.bind(1, modelId).bind(2, itemId);
    return firstRow(q, [](const Statement &r) {
        return outputValues(r.columnBlob(0), ModelKind(r.columnInt(1)));
    });
}

Result<ModelOutputTable> ProjectModels::outputs(int64_t modelId)
{
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT o.item_id, o.output, m.kind FROM model_outputs o "
                   "JOIN project_models m ON m.id = o.model_id "
                   "JOIN items i ON i.id = o.item_id "
                   "WHERE o.model_id = ? AND i.state NOT IN (?, ?) ORDER BY o.item_id");
    q.bind(1, modelId).bind(2, int64_t(ItemState::Failed)).bind(3, int64_t(ItemState::Removed));
    ModelOutputTable table;
    while (q.step()) {
        const auto row = outputValues(q.columnBlob(1), ModelKind(q.columnInt(2)));
        if (table.itemIds.empty()) {
            table.width = int(row.size());
        } else if (int(row.size()) != table.width) {
            return makeError(ErrorCode::CorruptData, "stored outputs of one model differ in width");
        }
        table.itemIds.push_back(q.columnInt(0));
        table.values.insert(table.values.end(), row.begin(), row.end());
    }
    if (q.failed()) {
        return q.error();
    }
    return table;
}

Result<std::vector<ModelVote>> ProjectModels::votesFor(int64_t itemId)
{
    // Driven from the few models, each a primary-key lookup in model_outputs.
    TRIAGE_PREPARE(q, m_c.db,
                   "SELECT m.name, o.output FROM project_models m "
                   "JOIN model_outputs o ON o.model_id = m.id AND o.item_id = ? "
                   "WHERE m.kind = ? ORDER BY m.id");
    q.bind(1, itemId).bind(2, int64_t(ModelKind::Classifier));
    return allRows(q, [](const Statement &r) {
        return ModelVote{r.columnText(0), outputValues(r.columnBlob(1), ModelKind::Classifier)};
    });
}

}  // namespace triage::sql
