#include "pdf/finishing/file_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDFCryptoProvider.hh>
#include <stdexcept>
#include <utility>

#include "pdf/finishing.hpp"

namespace pdf::finishing {
namespace {

// PDF 1.7 §7.2.2: white-space and delimiters end a token; anything else is a
// regular character, and two tokens of regular characters need a space.
bool regular(char c) {
  switch (c) {
    case '\0':
    case '\t':
    case '\n':
    case '\f':
    case '\r':
    case ' ':
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
      return false;
    default:
      return true;
  }
}

// `token` after what `text` ends with, with a space only where it is needed.
void put(std::string& text, std::string_view token) {
  if (!text.empty() && !token.empty() && regular(text.back()) && regular(token.front()))
    text += ' ';
  text += token;
}

void put_number(std::string& text, long long number) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  put(text, std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

bool is_metadata(QPDFObjectHandle& dictionary) {
  return dictionary.getKey("/Type").isNameAndEquals("/Metadata");
}

std::pair<int, int> version_numbers(const std::string& version) {
  int major = 0;
  int minor = 0;
  const char* end = version.data() + version.size();
  const auto dot = std::from_chars(version.data(), end, major).ptr;
  if (dot < end && *dot == '.') std::from_chars(dot + 1, end, minor);
  return {major, minor};
}

}  // namespace

void FileBytes::append(std::string_view bytes) {
  while (!bytes.empty()) {
    if (pieces_.empty() || pieces_.back().size() == pieces_.back().capacity()) {
      const std::size_t room =
          pieces_.empty() ? kFirstPiece : std::min(2 * pieces_.back().capacity(), kLargestPiece);
      pieces_.emplace_back();
      pieces_.back().reserve(room);
    }
    std::string& piece = pieces_.back();
    const std::size_t taken = std::min(bytes.size(), piece.capacity() - piece.size());
    piece.append(bytes.substr(0, taken));
    bytes.remove_prefix(taken);
    size_ += taken;
  }
}

std::string FileBytes::joined() {
  std::string bytes;
  bytes.reserve(size_);
  for (std::string& piece : pieces_) {
    bytes += piece;
    piece = std::string();
  }
  pieces_.clear();
  size_ = 0;
  return bytes;
}

std::string reference(int number) {
  return fmt::format("{} 0 R", number);
}

void append_name(std::string& text, std::string_view name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  if (name.starts_with('/')) name.remove_prefix(1);
  text += '/';
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7f && c != '#' && regular(c)) {
      text += c;
    } else {
      text += '#';
      text += kHex[byte >> 4];
      text += kHex[byte & 0xF];
    }
  }
}

FileWriter::FileWriter(QPDF& pdf, Options options, FileBytes& output)
    : pdf_(pdf),
      options_(std::move(options)),
      output_(output),
      offsets_(1, 0),
      md5_(QPDFCryptoProvider::getImpl()) {
  md5_->MD5_init();
  // The catalogue is object 1, whatever is reserved after it.
  QPDFObjectHandle catalog = pdf_.getRoot();
  catalog_id_ = catalog.getObjectID();
  number_for(catalog);
}

int FileWriter::reserve(int count) {
  const int first = next_number_;
  next_number_ += count;
  offsets_.resize(static_cast<std::size_t>(next_number_), 0);
  return first;
}

void FileWriter::add_to_catalog(std::string key, std::string value) {
  catalog_entries_.emplace_back(std::move(key), std::move(value));
}

void FileWriter::append(std::string_view bytes) {
  md5_->MD5_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  output_.append(bytes);
  written_ += bytes.size();
}

int FileWriter::number_of(const QPDFObjectHandle& object) const {
  if (!object.isIndirect()) return 0;
  const auto id = static_cast<std::size_t>(object.getObjectID());
  return id < numbers_.size() ? numbers_[id] : 0;
}

int FileWriter::number_for(QPDFObjectHandle& object) {
  const auto id = static_cast<std::size_t>(object.getObjectID());
  if (id >= numbers_.size()) numbers_.resize(id + 1, 0);
  if (numbers_[id] == 0) {
    // A reference to an object the file lacks reads as null: written so.
    if (object.isNull()) return 0;
    numbers_[id] = next_number_++;
    offsets_.push_back(0);
    queue_.push_back(object);
  }
  return numbers_[id];
}

void FileWriter::write_value(QPDFObjectHandle& value, std::string& text) {
  if (value.isIndirect()) {
    const int number = number_for(value);
    if (number == 0) {
      put(text, "null");
    } else {
      put_number(text, number);
      text += " 0 R";
    }
    return;
  }
  write_direct(value, text);
}

void FileWriter::write_direct(QPDFObjectHandle& value, std::string& text) {
  switch (value.getTypeCode()) {
    case ::ot_null:
      put(text, "null");
      return;
    case ::ot_boolean:
      put(text, value.getBoolValue() ? "true" : "false");
      return;
    case ::ot_integer:
      put_number(text, value.getIntValue());
      return;
    case ::ot_real:
      put(text, value.getRealValue());
      return;
    case ::ot_string:
      put(text, value.unparse());
      return;
    case ::ot_name:
      append_name(text, value.getName());
      return;
    case ::ot_array:
      text += '[';
      for (QPDFObjectHandle item : value.aitems()) write_value(item, text);
      text += ']';
      return;
    case ::ot_dictionary:
      text += "<<";
      write_dictionary_entries(value, text, nullptr);
      text += ">>";
      return;
    default:
      throw std::logic_error("objet PDF inattendu : " + value.unparse());
  }
}

void FileWriter::write_dictionary_entries(QPDFObjectHandle& dictionary, std::string& text,
                                          bool (*skipped)(const std::string& key)) {
  for (auto& [key, value] : dictionary.ditems()) {
    // qpdf reads a key whose value is null as absent; so do readers.
    if (value.isDirectNull() || (skipped != nullptr && skipped(key))) continue;
    append_name(text, key);
    write_value(value, text);
  }
}

void FileWriter::write_document() {
  const auto [major, minor] =
      std::max(version_numbers(options_.minimum_version), version_numbers(pdf_.getPDFVersion()));
  // The comment of bytes above 127 says "binary" to transfer programs (PDF/A-1 §6.1.2).
  append(fmt::format("%PDF-{}.{}\n%\xbf\xf7\xa2\xfe\n", major, minor));

  QPDFObjectHandle trailer = pdf_.getTrailer();
  // Numbers Info and the rest; the entries are written by finish().
  std::string trailer_entries;
  write_dictionary_entries(trailer, trailer_entries, [](const std::string& key) {
    return key == "/Size" || key == "/Prev" || key == "/ID" || key == "/XRefStm" ||
           key == "/Encrypt";
  });
  trailer_entries_ = std::move(trailer_entries);

  for (std::size_t i = 0; i < queue_.size(); ++i) {
    QPDFObjectHandle object = std::move(queue_[i]);
    write_queued(object, numbers_[static_cast<std::size_t>(object.getObjectID())]);
  }
  queue_.clear();
  queue_.shrink_to_fit();
}

void FileWriter::write_queued(QPDFObjectHandle& object, int number) {
  std::string text = fmt::format("{} 0 obj\n", number);
  offsets_[static_cast<std::size_t>(number)] = written_;
  if (object.isStream()) {
    write_stream(object, text);
    return;
  }
  if (object.getObjectID() == catalog_id_ && !catalog_entries_.empty()) {
    text += "<<";
    write_dictionary_entries(object, text, nullptr);
    for (const auto& [key, value] : catalog_entries_) {
      append_name(text, key);
      put(text, value);
    }
    text += ">>";
  } else {
    write_direct(object, text);
  }
  text += "\nendobj\n";
  append(text);
}

void FileWriter::write_stream(QPDFObjectHandle& stream, std::string& text) {
  QPDFObjectHandle dictionary = stream.getDict();
  const std::shared_ptr<Buffer> raw = stream.getRawStreamData();
  std::string_view data(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize());
  std::string deflated_data;
  const bool deflate =
      options_.deflate_plain_streams && !dictionary.hasKey("/Filter") && !is_metadata(dictionary);
  if (deflate) {
    deflated_data = deflated(data);
    data = deflated_data;
  }
  text += "<<";
  // The length is the one of the bytes written here (libharu writes it as
  // an object of its own, which is then left out).
  if (deflate) {
    write_dictionary_entries(dictionary, text, [](const std::string& key) {
      return key == "/Length" || key == "/DecodeParms";
    });
  } else {
    write_dictionary_entries(dictionary, text,
                             [](const std::string& key) { return key == "/Length"; });
  }
  if (deflate) put(text, "/Filter/FlateDecode");
  put(text, "/Length");
  put_number(text, static_cast<long long>(data.size()));
  // PDF/A-1 §6.1.7: an end of line after `stream` and before `endstream`.
  text += ">>\nstream\n";
  append(text);
  append(data);
  append("\nendstream\nendobj\n");
}

void FileWriter::write_object(int number, std::string_view value) {
  if (number <= 0 || static_cast<std::size_t>(number) >= offsets_.size() ||
      offsets_[static_cast<std::size_t>(number)] != 0)
    throw std::logic_error(fmt::format("objet {} écrit deux fois ou jamais réservé", number));
  offsets_[static_cast<std::size_t>(number)] = written_;
  std::string text = fmt::format("{} 0 obj\n", number);
  text += value;
  text += "\nendobj\n";
  append(text);
}

void FileWriter::finish() {
  const std::size_t size = offsets_.size();
  for (std::size_t number = 1; number < size; ++number) {
    if (offsets_[number] == 0)
      throw std::logic_error(fmt::format("objet {} réservé mais jamais écrit", number));
  }
  const std::size_t table = written_;
  std::string text = fmt::format("xref\n0 {}\n0000000000 65535 f \n", size);
  text.reserve(text.size() + 20 * size);
  for (std::size_t number = 1; number < size; ++number)
    fmt::format_to(std::back_inserter(text), "{:010} 00000 n \n", offsets_[number]);
  append(text);

  // The same document, the same identifier; another document, another.
  QPDFCryptoImpl::MD5_Digest digest;
  md5_->MD5_finalize();
  md5_->MD5_digest(digest);
  std::string id;
  for (unsigned char byte : digest) fmt::format_to(std::back_inserter(id), "{:02x}", byte);
  text = "trailer\n<<" + trailer_entries_;
  text += fmt::format("/Size {}/ID[<{}><{}>]>>\nstartxref\n{}\n%%EOF\n", size, id, id, table);
  output_.append(text);
}

}  // namespace pdf::finishing
