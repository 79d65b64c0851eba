#include "render/pdf/paginator.h"

#include "render/pdf/layout_context.h"

namespace clerk::render::pdf {

namespace {

constexpr double kEpsilon = 0.01;

class Paginator {
 public:
  Paginator(const Flow& flow, const model::PageSetup& setup)
      : flow_(flow), setup_(setup) {}

  std::vector<Page> Run() {
    const auto& items = flow_.items;
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      if (pages_.empty() || item.break_before ||
          item.landscape != pages_.back().landscape) {
        if (!pages_.empty() && empty_ && !item.break_before) {
          SetOrientation(item.landscape);
        } else {
          NewPage(item.landscape, -1);
        }
      }
      double gap = empty_ ? 0 : item.gap_before;
      bool chain_start = i == 0 || !items[i - 1].keep_with_next ||
                         item.break_before ||
                         item.landscape != items[i - 1].landscape;
      double need = item.height;
      if (chain_start) {
        double h = item.height;
        for (size_t j = i; j + 1 < items.size() && items[j].keep_with_next; ++j) {
          const Item& nx = items[j + 1];
          if (nx.break_before || nx.landscape != item.landscape) break;
          h += nx.gap_before + nx.height;
        }
        if (h <= frame_.height() - HeaderHeight(item)) need = h;
      }
      if (!empty_ && y_ + gap + need > frame_.bottom + kEpsilon) {
        NewPage(item.landscape, item.table);
        gap = 0;
      }
      Place(&item, gap);
    }
    if (pages_.empty()) NewPage(false, -1);
    return std::move(pages_);
  }

 private:
  double HeaderHeight(const Item& item) const {
    if (item.table < 0) return 0;
    double h = 0;
    for (const Item& hdr : flow_.tables[static_cast<size_t>(item.table)].header) h += hdr.height;
    return h;
  }

  void SetOrientation(bool landscape) {
    Page& p = pages_.back();
    frame_ = MakeFrame(setup_, landscape);
    p.landscape = landscape;
    p.width = frame_.page_width;
    p.height = frame_.page_height;
    y_ = frame_.top;
  }

  void NewPage(bool landscape, int table) {
    pages_.emplace_back();
    SetOrientation(landscape);
    empty_ = true;
    if (table >= 0) {
      for (const Item& hdr : flow_.tables[static_cast<size_t>(table)].header) {
        Place(&hdr, 0);
      }
      empty_ = true;  // a repeated header alone does not make a page "used"
    }
  }

  void Place(const Item* item, double gap) {
    y_ += gap;
    pages_.back().items.push_back(PlacedItem{item, y_});
    y_ += item->height;
    empty_ = false;
  }

  const Flow& flow_;
  const model::PageSetup& setup_;
  std::vector<Page> pages_;
  Frame frame_;
  double y_ = 0;
  bool empty_ = true;
};

}  // namespace

std::vector<Page> Paginate(const Flow& flow, const model::PageSetup& setup) {
  return Paginator(flow, setup).Run();
}

}  // namespace clerk::render::pdf
