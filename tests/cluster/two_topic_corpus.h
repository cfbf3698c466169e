// A small corpus of two topics with their own words (kitchen recipes, computer systems),
// alternating, for the clustering tests (tst_cluster_job, tst_clusters_tab).
#pragma once

#include <string>
#include <vector>

namespace adaptlab::testing {

inline std::vector<std::string> twoTopicTexts()
{
    const std::vector<std::string> food = {
        "Whisk the eggs with sugar and butter, then fold in the flour and bake the cake for forty minutes.",
        "Simmer the tomato sauce with garlic, onion and basil; season with salt and pepper before serving.",
        "Knead the bread dough until smooth, let it rise, then bake the loaf in a hot oven.",
        "Roast the chicken with lemon, thyme and potatoes until the skin is golden and crisp.",
        "Stir the risotto rice with warm stock and parmesan until creamy; finish with butter.",
        "Slice the apples, toss them with cinnamon and sugar, and bake the pie with a flaky crust.",
        "Marinate the beef in soy sauce, ginger and garlic, then grill it over high heat.",
        "Blend the soup of carrots, ginger and cream until smooth and serve it with fresh bread."};
    const std::vector<std::string> computing = {
        "The kernel schedules threads on each processor core and handles interrupts from devices.",
        "A compiler parses the source code, builds a syntax tree and emits machine instructions.",
        "The database engine writes pages to disk through a journal so that a crash loses no commit.",
        "Virtual memory maps each process address space to physical pages with a page table.",
        "The network stack splits data into packets, and the protocol retransmits the lost ones.",
        "A file system keeps directories and inodes on the disk and caches blocks in memory.",
        "The linker resolves symbols across object files and writes an executable binary.",
        "Garbage collection in the runtime frees memory that no pointer in the program reaches."};
    std::vector<std::string> texts;
    for (size_t i = 0; i < food.size(); ++i) {
        texts.push_back(food[i]);
        texts.push_back(computing[i]);
    }
    return texts;
}


} // namespace adaptlab::testing
