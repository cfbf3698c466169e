#include "corpus/json_syntax.h"

#include <cstdint>

namespace adaptlab::corpus {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class Checker {
public:
    Checker(std::string_view text, JsonSyntax& result)
        : text_(text)
        , result_(result)
    {
    }

    void run()
    {
        result_.valid = false;
        result_.error.clear();
        result_.object = false;
        result_.members.clear();
        stack_.clear();
        skipSpace();
        result_.object = i_ < text_.size() && text_[i_] == '{';
        if (!value())
            return;
        skipSpace();
        if (i_ != text_.size()) {
            fail("content after the JSON value");
            return;
        }
        result_.valid = true;
    }

private:
    // One whole value (a container's members included), iteratively.
    bool value()
    {
        enum class Expect { Value, ValueOrClose, Key, KeyOrClose, CommaOrClose };
        Expect expect = Expect::Value;
        size_t memberValueStart = 0;
        std::string_view memberKey;
        for (;;) {
            skipSpace();
            if (i_ == text_.size())
                return fail(stack_.empty() ? "no JSON value" : "the JSON text ends early");
            const char c = text_[i_];
            switch (expect) {
            case Expect::ValueOrClose:
                if (c == ']') {
                    ++i_;
                    stack_.pop_back();
                    break; // a closed container is a value done
                }
                [[fallthrough]];
            case Expect::Value:
                if (topLevelMember())
                    memberValueStart = i_;
                if (c == '{' || c == '[') {
                    stack_.push_back(c);
                    ++i_;
                    expect = c == '{' ? Expect::KeyOrClose : Expect::ValueOrClose;
                    continue;
                }
                if (!scalar())
                    return false;
                break;
            case Expect::KeyOrClose:
                if (c == '}') {
                    ++i_;
                    stack_.pop_back();
                    break;
                }
                [[fallthrough]];
            case Expect::Key: {
                if (c != '"')
                    return fail("expected a key (a string)");
                const size_t start = i_;
                if (!string())
                    return false;
                if (stack_.size() == 1 && result_.object)
                    memberKey = text_.substr(start, i_ - start);
                skipSpace();
                if (i_ == text_.size() || text_[i_] != ':')
                    return fail("expected ':' after the key");
                ++i_;
                expect = Expect::Value;
                continue;
            }
            case Expect::CommaOrClose:
                if (c == ',') {
                    ++i_;
                    expect = stack_.back() == '{' ? Expect::Key : Expect::Value;
                    continue;
                }
                if (c != (stack_.back() == '{' ? '}' : ']'))
                    return fail(stack_.back() == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
                ++i_;
                stack_.pop_back();
                break;
            }
            // A value has just ended (a scalar, or a container closed).
            if (stack_.empty())
                return true;
            if (topLevelMember())
                result_.members.push_back({memberKey, text_.substr(memberValueStart, i_ - memberValueStart)});
            expect = Expect::CommaOrClose;
        }
    }

    // Inside the top-level object, outside any deeper container.
    bool topLevelMember() const { return result_.object && stack_.size() == 1; }

    bool scalar()
    {
        const char c = text_[i_];
        if (c == '"')
            return string();
        if (c == '-' || isDigit(c))
            return number();
        for (std::string_view literal : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
            if (text_.substr(i_, literal.size()) == literal) {
                i_ += literal.size();
                return true;
            }
        }
        return fail("expected a value");
    }

    bool string()
    {
        ++i_; // the opening quote
        while (i_ < text_.size()) {
            const char c = text_[i_];
            if (c == '"') {
                ++i_;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("a control character inside a string (it must be escaped)");
            if (c != '\\') {
                ++i_;
                continue;
            }
            if (i_ + 1 == text_.size())
                break;
            const char escaped = text_[i_ + 1];
            if (escaped == 'u') {
                for (size_t k = 2; k < 6; ++k)
                    if (i_ + k >= text_.size() || !isHex(text_[i_ + k]))
                        return fail("\\u must be followed by four hexadecimal digits");
                i_ += 6;
                continue;
            }
            if (std::string_view("\"\\/bfnrt").find(escaped) == std::string_view::npos)
                return fail("an invalid escape in a string");
            i_ += 2;
        }
        return fail("a string is not closed");
    }

    bool number()
    {
        if (text_[i_] == '-')
            ++i_;
        if (i_ < text_.size() && text_[i_] == '0') {
            ++i_;
        } else if (i_ < text_.size() && isDigit(text_[i_])) {
            while (i_ < text_.size() && isDigit(text_[i_]))
                ++i_;
        } else {
            return fail("a number needs a digit");
        }
        if (i_ < text_.size() && text_[i_] == '.') {
            ++i_;
            if (i_ == text_.size() || !isDigit(text_[i_]))
                return fail("a digit must follow the decimal point");
            while (i_ < text_.size() && isDigit(text_[i_]))
                ++i_;
        }
        if (i_ < text_.size() && (text_[i_] == 'e' || text_[i_] == 'E')) {
            ++i_;
            if (i_ < text_.size() && (text_[i_] == '+' || text_[i_] == '-'))
                ++i_;
            if (i_ == text_.size() || !isDigit(text_[i_]))
                return fail("a digit must follow the exponent");
            while (i_ < text_.size() && isDigit(text_[i_]))
                ++i_;
        }
        return true;
    }

    void skipSpace()
    {
        while (i_ < text_.size() && isSpace(text_[i_]))
            ++i_;
    }

    bool fail(const char* what)
    {
        result_.error = "at byte " + std::to_string(i_ + 1) + ": " + what;
        return false;
    }

    std::string_view text_;
    JsonSyntax& result_;
    size_t i_ = 0;
    std::string stack_; // '{' or '[' per open container
};

} // namespace

void checkJsonSyntax(std::string_view text, JsonSyntax& result)
{
    Checker(text, result).run();
}

std::string minifiedJson(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    bool inString = false;
    for (size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < value.size())
                out += value[++i];
            else if (c == '"')
                inString = false;
        } else if (!isSpace(c)) {
            out += c;
            inString = c == '"';
        }
    }
    return out;
}

} // namespace adaptlab::corpus
