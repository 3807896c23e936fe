package org.yici.engine.matter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yici.engine.rulebase.LiveRuleBook;

@Configuration
class MatterConfiguration {

    @Bean
    MatterCatalog matterCatalog(LiveRuleBook rules) {
        return new MatterCatalog(rules::book);
    }
}
