#include "onnxinputshape.h"

#include <set>
#include <string>

namespace triage {
namespace {

// Reads a protobuf message field by field; any malformed byte ends it (ok() turns false).
class ProtoReader {
public:
    explicit ProtoReader(std::span<const uint8_t> bytes) : m_bytes(bytes) {}

    bool ok() const { return m_ok; }

    // The next field's number and wire type; false at the end or on malformed input.
    bool next(uint32_t &field, uint32_t &wireType)
    {
        if (!m_ok || m_pos >= m_bytes.size()) {
            return false;
        }
        const uint64_t tag = varint();
        field = uint32_t(tag >> 3);
        wireType = uint32_t(tag & 7);
        return m_ok;
    }

    uint64_t varint()
    {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size()) {
                break;
            }
            const uint8_t byte = m_bytes[m_pos++];
            value |= uint64_t(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) {
                return value;
            }
        }
        m_ok = false;
        return 0;
    }

    std::span<const uint8_t> lengthDelimited()
    {
        const uint64_t length = varint();
        if (!m_ok || length > m_bytes.size() - m_pos) {
            m_ok = false;
            return {};
        }
        const auto value = m_bytes.subspan(m_pos, size_t(length));
        m_pos += size_t(length);
        return value;
    }

    void skip(uint32_t wireType)
    {
        switch (wireType) {
        case 0: varint(); break;
        case 1: advance(8); break;
        case 2: lengthDelimited(); break;
        case 5: advance(4); break;
        default: m_ok = false;
        }
    }

private:
    void advance(size_t n)
    {
        if (n > m_bytes.size() - m_pos) {
            m_ok = false;
        } else {
            m_pos += n;
        }
    }

    std::span<const uint8_t> m_bytes;
    size_t m_pos = 0;
    bool m_ok = true;
};

std::string text(std::span<const uint8_t> bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

// The length-delimited field `wanted` of a message, each occurrence in turn.
template <typename Visit>
bool forEachField(std::span<const uint8_t> message, uint32_t wanted, Visit visit)
{
    ProtoReader reader(message);
    uint32_t field = 0, wireType = 0;
    while (reader.next(field, wireType)) {
        if (field == wanted && wireType == 2) {
            visit(reader.lengthDelimited());
        } else {
            reader.skip(wireType);
        }
    }
    return reader.ok();
}

// ValueInfoProto: name = 1, type = 2; TypeProto.tensor_type = 1; Tensor.shape = 2;
// TensorShapeProto.dim = 1; Dimension: dim_value = 1 (varint), dim_param = 2.
std::optional<std::vector<int64_t>> shapeOf(std::span<const uint8_t> valueInfo)
{
    std::optional<std::vector<int64_t>> dims;
    forEachField(valueInfo, 2, [&](auto type) {
        forEachField(type, 1, [&](auto tensorType) {
            forEachField(tensorType, 2, [&](auto shape) {
                dims.emplace();
                forEachField(shape, 1, [&](auto dimension) {
                    int64_t value = -1;
                    ProtoReader reader(dimension);
                    uint32_t field = 0, wireType = 0;
                    while (reader.next(field, wireType)) {
                        if (field == 1 && wireType == 0) {
                            value = int64_t(reader.varint());
                        } else {
                            reader.skip(wireType);
                        }
                    }
                    dims->push_back(value > 0 ? value : -1);
                });
            });
        });
    });
    return dims;
}

std::string nameOf(std::span<const uint8_t> message, uint32_t nameField)
{
    std::string name;
    forEachField(message, nameField, [&](auto bytes) { name = text(bytes); });
    return name;
}

}  // namespace

std::optional<std::vector<int64_t>> onnxDeclaredInputShape(std::span<const uint8_t> bytes)
{
    std::span<const uint8_t> graph;
    if (!forEachField(bytes, 7, [&](auto g) { graph = g; }) || graph.empty()) {  // ModelProto.graph
        return std::nullopt;
    }
    // Older exporters list the weights (GraphProto.initializer = 5, TensorProto.name = 8)
    // among the inputs (GraphProto.input = 11) too.
    std::set<std::string> initializers;
    forEachField(graph, 5, [&](auto tensor) { initializers.insert(nameOf(tensor, 8)); });
    std::optional<std::vector<int64_t>> shape;
    forEachField(graph, 11, [&](auto input) {
        if (!shape && initializers.count(nameOf(input, 1)) == 0) {
            shape = shapeOf(input);
        }
    });
    return shape;
}

}  // namespace triage
