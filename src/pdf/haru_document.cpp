#include "pdf/haru_document.hpp"

#include <fmt/format.h>

#include <utility>

namespace pdf {
namespace {

void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
  auto* handle = static_cast<HaruDocument::HandleState*>(user_data);
  handle->tainted = true;
  HaruErrorState& state = handle->errors;
  if (state.count == 0) {
    state.code = code;
    state.detail = detail;
  }
  ++state.count;
}

// The errors this program can actually meet, in the words of its users.
const char* french_description(HPDF_STATUS code) {
  switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
      return "mémoire insuffisante";
    case HPDF_FILE_IO_ERROR:
      return "erreur d'entrée-sortie sur un fichier";
    case HPDF_FILE_OPEN_ERROR:
      return "impossible d'ouvrir un fichier (police introuvable ?)";
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_INVALID_FONTDEF_DATA:
      return "fichier de police TrueType invalide";
    case HPDF_TTF_MISSING_TABLE:
      return "il manque une table au fichier de police TrueType";
    case HPDF_TTF_INVALID_CMAP:
      return "la table de caractères (cmap) de la police est invalide";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return "la licence de la police interdit de l'incorporer au PDF";
    case HPDF_UNSUPPORTED_FONT_TYPE:
      return "type de police non pris en charge";
    case HPDF_INVALID_FONT_NAME:
    case HPDF_FONT_EXISTS:
      return "nom de police invalide ou déjà utilisé";
    case HPDF_INVALID_ENCODING_NAME:
    case HPDF_INVALID_ENCODER:
      return "encodage de caractères inconnu";
    case HPDF_PAGE_INVALID_SIZE:
      return "dimensions de page invalides";
    case HPDF_PAGE_INVALID_FONT_SIZE:
      return "corps de police invalide";
    case HPDF_PAGE_OUT_OF_RANGE:
    case HPDF_REAL_OUT_OF_RANGE:
      return "valeur hors des limites admises par le format PDF";
    case HPDF_STRING_OUT_OF_RANGE:
      return "texte trop long pour le format PDF";
    case HPDF_INVALID_URI:
      return "adresse de lien invalide";
    case HPDF_INVALID_DESTINATION:
      return "destination de lien invalide";
    case HPDF_INVALID_DATE_TIME:
      return "date invalide";
    case HPDF_ZLIB_ERROR:
      return "erreur de compression (zlib)";
    case HPDF_INVALID_PARAMETER:
      return "paramètre invalide";
    case HPDF_INVALID_DOCUMENT_STATE:
    case HPDF_INVALID_OPERATION:
      return "opération impossible dans l'état actuel du document";
    default:
      return "erreur interne de la bibliothèque PDF";
  }
}

}  // namespace

std::string describe_haru_error(HPDF_STATUS code, HPDF_STATUS detail) {
  return fmt::format("{} (erreur libharu {:#06x}, détail {})", french_description(code), code,
                     detail);
}

namespace {

// The handle the last document of this thread left, ready for the next one
// of the same run. The run is held weakly: once it is over, its handle is
// never taken again, even by a run made at the same address.
struct SpareHandle {
  HPDF_Doc handle = nullptr;
  std::shared_ptr<HaruDocument::HandleState> state;
  std::weak_ptr<const void> run;
  SpareHandle() = default;
  SpareHandle(const SpareHandle&) = delete;
  SpareHandle& operator=(const SpareHandle&) = delete;
  ~SpareHandle() {
    if (handle != nullptr) HPDF_Free(handle);
  }
};

thread_local SpareHandle spare;

}  // namespace

HaruDocument::HaruDocument(const std::shared_ptr<const void>& run) : run_(run) {
  if (spare.handle != nullptr) {
    const std::shared_ptr<const void> spare_run = spare.run.lock();
    handle_ = std::exchange(spare.handle, nullptr);
    state_ = std::move(spare.state);
    if (run != nullptr && spare_run == run && HPDF_NewDoc(handle_) == HPDF_OK && !failed()) return;
    HPDF_Free(handle_);  // another run's, or not as expected: start afresh
  }
  state_ = std::make_shared<HandleState>();
  handle_ = HPDF_New(&record_error, state_.get());
  if (handle_ != nullptr) HPDF_UseUTFEncodings(handle_);
}

HaruDocument::~HaruDocument() {
  close();
}

void HaruDocument::close() {
  if (handle_ == nullptr) return;
  if (state_->tainted || spare.handle != nullptr || run_.expired()) {
    HPDF_Free(handle_);
  } else {
    HPDF_FreeDoc(handle_);  // keeps its encoders and parsed font files
    spare.handle = handle_;
    spare.state = state_;
    spare.run = run_;
    // The next document starts with no error; this one's stay readable.
    auto closed = std::make_shared<HandleState>();
    closed->errors = state_->errors;
    state_ = std::move(closed);
    spare.state->errors = HaruErrorState{};
  }
  handle_ = nullptr;
}

const char* HaruDocument::load_truetype(const std::string& path) {
  if (handle_ == nullptr) return nullptr;
  const auto known = state_->truetype_names.find(path);
  if (known != state_->truetype_names.end()) return known->second.c_str();
  const char* name = HPDF_LoadTTFontFromFile(handle_, path.c_str(), HPDF_FALSE);
  if (name == nullptr || failed()) return nullptr;
  return state_->truetype_names.emplace(path, name).first->second.c_str();
}

void HaruDocument::reset_error() {
  state_->errors = HaruErrorState{};
  if (handle_ != nullptr) HPDF_ResetError(handle_);
}

std::string HaruDocument::error_message() const {
  if (!valid()) return "mémoire insuffisante pour créer le document PDF";
  if (!failed()) return {};
  return describe_haru_error(state_->errors.code, state_->errors.detail);
}

std::string HaruDocument::save_to_bytes() {
  if (!valid() || failed()) return {};
  if (HPDF_SaveToStream(get()) != HPDF_OK) return {};
  const HPDF_UINT32 size = HPDF_GetStreamSize(get());
  std::string bytes(size, '\0');
  HPDF_UINT32 read_total = 0;
  // libharu hands the stream out in pieces; HPDF_STREAM_EOF ends the last one.
  while (read_total < size) {
    HPDF_UINT32 chunk = size - read_total;
    const HPDF_STATUS status =
        HPDF_ReadFromStream(get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()) + read_total, &chunk);
    read_total += chunk;
    if (status == HPDF_STREAM_EOF) break;
    if (status != HPDF_OK || chunk == 0) break;
  }
  if (read_total != size || failed()) return {};
  return bytes;
}

}  // namespace pdf
