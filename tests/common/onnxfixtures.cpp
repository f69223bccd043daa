#include "onnxfixtures.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <random>
#include <stdexcept>
#include <vector>

namespace triage::test {
namespace {

// A protobuf message being written: fields in order, each a tag then its value.
class Message {
public:
    Message &integer(int field, int64_t value)
    {
        tag(field, 0);
        varint(uint64_t(value));
        return *this;
    }
    Message &bytes(int field, const std::string &value)
    {
        tag(field, 2);
        varint(value.size());
        m_bytes += value;
        return *this;
    }
    Message &message(int field, const Message &value) { return bytes(field, value.m_bytes); }
    const std::string &data() const { return m_bytes; }

private:
    void tag(int field, int wireType) { varint(uint64_t(field) << 3 | uint64_t(wireType)); }
    void varint(uint64_t value)
    {
        do {
            const uint8_t low = value & 0x7F;
            value >>= 7;
            m_bytes += char(value ? low | 0x80 : low);
        } while (value);
    }
    std::string m_bytes;
};

// Field numbers from onnx.proto.
enum ModelField { kIrVersion = 1, kProducer = 2, kGraph = 7, kOpset = 8 };
enum GraphField { kNode = 1, kGraphName = 2, kInitializer = 5, kInput = 11, kOutput = 12 };
enum NodeField { kNodeInput = 1, kNodeOutput = 2, kNodeName = 3, kOpType = 4, kAttribute = 5 };
constexpr int kFloat = 1;  // TensorProto.DataType.FLOAT
constexpr int kAttributeInt = 2;

Message node(const std::string &op, const std::vector<std::string> &inputs,
             const std::string &output, int64_t axis = -1)
{
    Message n;
    for (const auto &input : inputs) {
        n.bytes(kNodeInput, input);
    }
    n.bytes(kNodeOutput, output).bytes(kNodeName, op + "_" + output).bytes(kOpType, op);
    if (axis >= 0) {
        n.message(kAttribute, Message().bytes(1, "axis").integer(3, axis).integer(20, kAttributeInt));
    }
    return n;
}

Message tensor(const std::string &name, const std::vector<int64_t> &dims,
               const std::vector<float> &values)
{
    Message t;
    for (const int64_t d : dims) {
        t.integer(1, d);
    }
    std::string raw(values.size() * sizeof(float), '\0');
    std::memcpy(raw.data(), values.data(), raw.size());  // little-endian, as ONNX stores it
    return t.integer(2, kFloat).bytes(8, name).bytes(9, raw);
}

// A float tensor's name and shape; a negative size is the batch dimension "N".
Message valueInfo(const std::string &name, const std::vector<int64_t> &dims)
{
    Message shape;
    for (const int64_t d : dims) {
        shape.message(1, d < 0 ? Message().bytes(2, "N") : Message().integer(1, d));
    }
    const Message tensorType = Message().integer(1, kFloat).message(2, shape);
    return Message().bytes(1, name).message(2, Message().message(1, tensorType));
}

}  // namespace

std::string saveOnnxLinearModel(const std::string &path, int outputs, int side, int channels,
                                OnnxTail tail, unsigned seed)
{
    const int64_t inputs = int64_t(channels) * side * side;
    std::mt19937 random(seed);
    std::normal_distribution<float> normal(0.0f, 0.1f);
    std::vector<float> weights(size_t(inputs * outputs));
    for (float &w : weights) {
        w = normal(random);
    }
    Message graph;
    graph.message(kNode, node("Flatten", {"x"}, "flat", 1));
    graph.message(kNode, node("MatMul", {"flat", "W"}, "y"));
    graph.bytes(kGraphName, "triage_test_linear");
    graph.message(kInitializer, tensor("W", {inputs, outputs}, weights));
    graph.message(kInput, valueInfo("x", {-1, channels, side, side}));
    switch (tail) {
    case OnnxTail::None:
        graph.message(kOutput, valueInfo("y", {-1, outputs}));
        break;
    case OnnxTail::Softmax:
        graph.message(kNode, node("Softmax", {"y"}, "p", 1));
        graph.message(kOutput, valueInfo("p", {-1, outputs}));
        break;
    case OnnxTail::NotFinite:
        graph.message(kInitializer, tensor("zero", {1}, {0.0f}));
        graph.message(kNode, node("Mul", {"y", "zero"}, "z"));
        graph.message(kNode, node("Div", {"z", "zero"}, "nan"));
        graph.message(kOutput, valueInfo("nan", {-1, outputs}));
        break;
    case OnnxTail::TwoOutputs:
        graph.message(kNode, node("Relu", {"y"}, "a"));
        graph.message(kNode, node("Sigmoid", {"y"}, "b"));
        graph.message(kOutput, valueInfo("a", {-1, outputs}));
        graph.message(kOutput, valueInfo("b", {-1, outputs}));
        break;
    }
    Message model;
    model.integer(kIrVersion, 7).bytes(kProducer, "triage-tests").message(kGraph, graph);
    model.message(kOpset, Message().bytes(1, "").integer(2, 11));
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(model.data().data(), std::streamsize(model.data().size()));
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + path);
    }
    return path;
}

}  // namespace triage::test
