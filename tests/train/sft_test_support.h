// Instruction data for the SFT tests (tst_sft, tst_cli_train): questions about the network devices
// of trainer_test_support.h's domain text, each answered by one fixed sentence per device, so a
// model can learn the answers and held-out questions have the answers the training ones taught.
// Chat format (messages), some with a system prompt, some multi-turn. Torch-free.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace adaptlab::train::test {

inline std::string deviceAnswer(size_t device)
{
    static const char* const devices[] = {"router", "switch", "gateway", "firewall", "bridge", "modem"};
    static const char* const verbs[] = {"forwards", "drops", "queues", "routes", "forwards", "queues"};
    static const char* const places[] = {"subnet", "uplink", "trunk", "vlan", "tunnel", "subnet"};
    return std::string("the ") + devices[device % 6] + " " + verbs[device % 6] + " the packet to the " + places[device % 6] + ".";
}

inline std::string deviceName(size_t device)
{
    static const char* const devices[] = {"router", "switch", "gateway", "firewall", "bridge", "modem"};
    return devices[device % 6];
}

// COUNT conversations as JSON Lines: "what does the X do?" -> its answer; every fifth has a
// system prompt, every seventh a second turn.
inline void writeInstructions(const std::filesystem::path& file, size_t count)
{
    static const char* const questions[] = {"what does the ", "tell me about the ", "explain the ", "the "};
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    for (size_t i = 0; i < count; ++i) {
        const size_t device = (i * 5 + i / 6) % 6;
        nlohmann::json messages = nlohmann::json::array();
        if (i % 5 == 0)
            messages.push_back({{"role", "system"}, {"content", "answer in one sentence."}});
        messages.push_back({{"role", "user"}, {"content", questions[i % 4] + deviceName(device) + (i % 4 == 0 ? " do?" : ".")}});
        messages.push_back({{"role", "assistant"}, {"content", deviceAnswer(device)}});
        if (i % 7 == 0) {
            messages.push_back({{"role", "user"}, {"content", "and the " + deviceName(device + 1) + "?"}});
            messages.push_back({{"role", "assistant"}, {"content", deviceAnswer(device + 1)}});
        }
        out << nlohmann::json{{"messages", messages}}.dump() << "\n";
    }
}

} // namespace adaptlab::train::test
